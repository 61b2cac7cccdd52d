import { describe, expect, it } from 'vitest'
import config from '@/sanity.config'

describe('Studio configuration', () => {
  it('gives editors Structure and the Vision GROQ playground', () => {
    const names = (config.plugins ?? []).map((plugin) => ('name' in plugin ? plugin.name : undefined))
    expect(names).toEqual(expect.arrayContaining(['sanity/structure', '@sanity/vision']))
  })

  it('lives at /studio, where the site routes it', () => {
    expect(config.basePath).toBe('/studio')
  })
})
