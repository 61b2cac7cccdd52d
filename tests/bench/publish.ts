// Time from a signed publish webhook to the updated HTML, on the embedded dataset: change a
// guide's title in the file the server reads, send the webhook Sanity would, then GET the page.
import { sendPublishWebhook, setDocumentField } from '../support/dataset-file'

export type PublishFigures = { runs: number; p50Ms: number; maxMs: number }

export const PUBLISH_AIM_MS = 1000
const GUIDE = { _id: 'guide-high-arches', _type: 'guide', slug: 'high-arches' }
// The route revalidates a second time 1.5 s after it answers; runs wait that out so each
// measures one publish, not the overlap of two.
const SETTLE_MS = 1_700

const h1 = async (url: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(url)).text())?.[1]

/** Publishes to `origin` and times until `readFrom` (another instance, or the same) serves the edit. */
export async function measurePublish(origin: string, datasetFile: string, secret: string, runs: number, readFrom = origin): Promise<PublishFigures> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const title = `High arches, edit ${run + 1}`
    setDocumentField(datasetFile, GUIDE._id, 'title', title)
    const started = performance.now()
    const response = await sendPublishWebhook(origin, GUIDE, secret)
    if (response.status !== 200) throw new Error(`the publish webhook answered ${response.status}: ${await response.text()}`)
    let shown = await h1(new URL(`/guides/${GUIDE.slug}`, readFrom).toString())
    // Another instance may need a moment; give it up to 5 s and time when it shows the edit.
    while (shown !== title && performance.now() - started < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      shown = await h1(new URL(`/guides/${GUIDE.slug}`, readFrom).toString())
    }
    times.push(performance.now() - started)
    if (shown !== title) throw new Error(`5 s after the webhook the guide showed "${shown}", not "${title}"`)
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  }
  times.sort((a, b) => a - b)
  return { runs, p50Ms: times[Math.floor((runs - 1) / 2)]!, maxMs: times.at(-1)! }
}
