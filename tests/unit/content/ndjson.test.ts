import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset, readDataset } from '../../../lib/content/embedded-source'
import { DatasetError, draftsOverPublished, parseNdjson, publishedOnly } from '../../../lib/content/ndjson'

const line = (doc: object) => JSON.stringify(doc)

describe('parseNdjson', () => {
  it('reads one document per line and skips blank lines', () => {
    const text = [line({ _id: 'a', _type: 'guide' }), '', line({ _id: 'b', _type: 'insole', name: 'X' }), ''].join('\n')
    expect(parseNdjson(text, 'seed.ndjson')).toEqual([
      { _id: 'a', _type: 'guide' },
      { _id: 'b', _type: 'insole', name: 'X' },
    ])
  })

  it('names the file and line of invalid JSON', () => {
    const text = [line({ _id: 'a', _type: 'guide' }), '{"_id": "b", "_type":'].join('\n')
    expect(() => parseNdjson(text, 'sanity/seed/production.ndjson')).toThrow(DatasetError)
    expect(() => parseNdjson(text, 'sanity/seed/production.ndjson')).toThrow(/^sanity\/seed\/production\.ndjson:2: not valid JSON/)
  })

  it('names the line of a document without _id or _type', () => {
    const text = [line({ _id: 'a', _type: 'guide' }), '', line({ _type: 'guide' })].join('\n')
    expect(() => parseNdjson(text, 'data.ndjson')).toThrow(/^data\.ndjson:3: not a Sanity document \(missing or invalid _id\)/)
    expect(() => parseNdjson('[1,2]', 'data.ndjson')).toThrow(/^data\.ndjson:1: not a Sanity document/)
  })

  it('refuses duplicate ids, naming both lines', () => {
    const text = [line({ _id: 'a', _type: 'guide' }), line({ _id: 'a', _type: 'guide' })].join('\n')
    expect(() => parseNdjson(text, 'data.ndjson')).toThrow('data.ndjson:2: duplicate _id "a" (first seen on line 1)')
  })
})

describe('publishedOnly', () => {
  it('drops drafts and release versions', () => {
    const docs = [
      { _id: 'guide-a', _type: 'guide' },
      { _id: 'drafts.guide-a', _type: 'guide' },
      { _id: 'versions.r1.guide-a', _type: 'guide' },
    ]
    expect(publishedOnly(docs).map((doc) => doc._id)).toEqual(['guide-a'])
  })
})

describe('draftsOverPublished', () => {
  it('shows each draft in place of its published document, and draft-only documents too', () => {
    const docs = [
      { _id: 'guide-a', _type: 'guide', title: 'Published A' },
      { _id: 'drafts.guide-a', _type: 'guide', title: 'Draft A' },
      { _id: 'guide-b', _type: 'guide', title: 'Published B' },
      { _id: 'drafts.guide-c', _type: 'guide', title: 'Draft C' },
    ]
    expect(draftsOverPublished(docs)).toEqual([
      { _id: 'guide-a', _type: 'guide', title: 'Draft A' },
      { _id: 'guide-b', _type: 'guide', title: 'Published B' },
      { _id: 'guide-c', _type: 'guide', title: 'Draft C' },
    ])
  })
})

describe('loadDataset', () => {
  it('stops with the file and line when the dataset file is malformed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'groundwork-'))
    const file = path.join(dir, 'broken.ndjson')
    writeFileSync(file, `${line({ _id: 'a', _type: 'guide' })}\nnot json\n`)
    expect(() => loadDataset(file)).toThrow(/broken\.ndjson:2: not valid JSON/)
  })

  it('reports a missing file', () => {
    expect(() => loadDataset('/nonexistent/groundwork.ndjson')).toThrow(/ENOENT/)
  })

  it('keeps drafts only when reading the whole export', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'groundwork-'))
    const file = path.join(dir, 'ok.ndjson')
    writeFileSync(file, [line({ _id: 'a', _type: 'guide' }), line({ _id: 'drafts.a', _type: 'guide' })].join('\n'))
    expect(loadDataset(file).map((doc) => doc._id)).toEqual(['a'])
    expect(readDataset(file).map((doc) => doc._id)).toEqual(['a', 'drafts.a'])
  })
})
