import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or the address may have a typo.</p>
      <ul>
        <li>
          <Link href="/guides">Browse all guides</Link>
        </li>
        <li>
          <Link href="/insoles">See our insoles</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </>
  )
}
