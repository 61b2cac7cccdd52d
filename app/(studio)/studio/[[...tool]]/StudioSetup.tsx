// Shown at /studio when no Sanity project is configured (the embedded default): what the
// Studio needs and the steps, instead of Sanity's crash screen. Rendered by the server.
const box = { maxWidth: '44rem', margin: '0 auto', padding: '2rem 1.25rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.55, color: '#1b2b27' }
const code = { background: '#eef3f1', padding: '0.1rem 0.3rem', borderRadius: 4, fontSize: '0.95em' }

export function StudioSetup() {
  return (
    <main style={box}>
      <h1>Sanity Studio needs a Sanity project</h1>
      <p>
        This site is running on its embedded dataset, so there is no Sanity project for the Studio to edit. The public
        site works as it is. To write and publish in the Studio:
      </p>
      <ol>
        <li>
          Sign in to Sanity from this folder: <code style={code}>npx sanity login</code>.
        </li>
        <li>
          Create a project and a dataset at sanity.io/manage, or run <code style={code}>npx sanity init --bare</code>.
        </li>
        <li>
          Import the seed, pictures included:{' '}
          <code style={code}>npx sanity dataset import sanity/seed/production.ndjson production</code> (see the README,
          &ldquo;Using a real Sanity project&rdquo;).
        </li>
        <li>
          Copy <code style={code}>.env.example</code> to <code style={code}>.env.local</code> and set{' '}
          <code style={code}>NEXT_PUBLIC_SANITY_PROJECT_ID</code> and <code style={code}>NEXT_PUBLIC_SANITY_DATASET</code>,
          then rebuild (<code style={code}>npm run serve</code>).
        </li>
        <li>
          In sanity.io/manage, under API, add this site&rsquo;s origin (for example <code style={code}>http://localhost:3000</code>)
          as a CORS origin with credentials allowed, so the Studio can sign you in.
        </li>
        <li>
          For draft preview, create a read token with the Viewer role and set it as{' '}
          <code style={code}>SANITY_API_READ_TOKEN</code>.
        </li>
        <li>
          For publishing to reach the site within seconds, add the publish webhook (README, &ldquo;The publish
          webhook&rdquo;). Sanity must reach it over the internet, so in development use a tunnel to your local server.
        </li>
      </ol>
      <p>
        {/* Another root layout: a full page load, not a client navigation. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">Back to the site</a>
      </p>
    </main>
  )
}
