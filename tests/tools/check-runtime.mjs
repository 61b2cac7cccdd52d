// Every npm script runs on the Node that `npm ci` installs (the `node` dev dependency puts
// it first on PATH). Says which one, and stops early if a script ever runs on another.
const [major] = process.versions.node.split('.').map(Number)
const REQUIRED_MAJOR = 24

console.log(`runtime: Node ${process.version} (${process.execPath})`)
if (major < REQUIRED_MAJOR) {
  console.error(
    `runtime: Node ${REQUIRED_MAJOR} is required but this is ${process.version}. ` +
      'Run the command through npm (npm test, npm run serve) after `npm ci`, which installs Node 24 into node_modules.',
  )
  process.exit(1)
}
