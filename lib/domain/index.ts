// The words of the domain, once: every list of values the site, the finder and the Studio use,
// each with its display words.
export * from './body-areas'
export * from './care'
export * from './evidence'
export * from './finder-answers'
export * from './health-questions'
export * from './insole-features'
export * from './one-of'
export * from './review'
export * from './warning-signs'
