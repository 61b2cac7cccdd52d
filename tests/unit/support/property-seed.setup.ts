import { configurePropertySeed } from '../../support/property-seed'

configurePropertySeed()
