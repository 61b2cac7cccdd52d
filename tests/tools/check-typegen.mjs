// Fails when the committed schema extract or query types differ from what the schema and
// queries produce now. It regenerates them in place, so the fix is to commit the result.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const FILES = ['sanity/extract/schema.json', 'lib/content/sanity.types.ts']
const read = (file) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

const before = FILES.map(read)
execFileSync('npm', ['run', '--silent', 'typegen'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DO_NOT_TRACK: '1' } })
const stale = FILES.filter((file, index) => read(file) !== before[index])
if (stale.length) {
  console.error(`Generated types were stale and have been regenerated: ${stale.join(', ')}. Review and commit them.`)
  process.exit(1)
}
console.log('typegen: schema extract and query types are up to date')
