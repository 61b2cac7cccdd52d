// Line icons, 24 x 24, drawn with currentColor: the shapes of sanity/seed/art/icons/*.svg.
// Regenerate by copying each file's elements here; kept as data so no file is read at run time.
type Shape = readonly [
  'path' | 'circle' | 'ellipse' | 'line' | 'polyline' | 'polygon' | 'rect',
  Readonly<Record<string, string>>,
]

export const ICONS = {
  'arrow-right': [
    ['path', { d: 'M4 12H19.5' }],
    ['path', { d: 'M13.5 6L19.5 12L13.5 18' }],
  ],
  check: [['path', { d: 'M4.5 12.8L9.3 17.5L19.5 6.5' }]],
  clinician: [
    ['circle', { cx: '12', cy: '12', r: '9.5' }],
    ['path', { d: 'M10.2 7.2H13.8V10.2H16.8V13.8H13.8V16.8H10.2V13.8H7.2V10.2H10.2Z' }],
  ],
  exercise: [
    ['circle', { cx: '13.5', cy: '4', r: '2' }],
    ['path', { d: 'M13 7.5C12.2 10 11.6 12 11.5 14.2' }],
    ['path', { d: 'M7 4.5C8.8 6.8 10.8 8.4 13 8.8C15.2 9.2 17.4 8.7 19.5 7.2' }],
    ['path', { d: 'M11.5 14.2L7.2 17L6 21' }],
    ['path', { d: 'M11.5 14.2L15.6 17.4L18.5 21' }],
  ],
  finder: [
    ['path', { d: 'M3.5 6.5L5.2 8.2L8.4 5' }],
    ['path', { d: 'M11.5 6.8H20.5' }],
    ['path', { d: 'M3.5 12.5L5.2 14.2L8.4 11' }],
    ['path', { d: 'M11.5 12.8H20.5' }],
    ['circle', { cx: '6', cy: '18.8', r: '1.7' }],
    ['path', { d: 'M11.5 18.8H20.5' }],
  ],
  guide: [
    ['path', { d: 'M12 6.5C10 5 7 4.4 3 4.8V18.8C7 18.4 10 19 12 20.5C14 19 17 18.4 21 18.8V4.8C17 4.4 14 5 12 6.5Z' }],
    ['path', { d: 'M12 6.5V20.5' }],
  ],
  insole: [
    [
      'path',
      {
        d: 'M13.1 2.2C15.5 2.3 16.8 4.3 16.7 7C16.6 9.5 15.2 11.2 14.9 13.5C14.6 15.7 15.5 17.3 15.2 19.2C14.9 20.9 13.7 21.9 12.2 21.9C10.6 21.9 9.5 20.9 9.3 19.2C9 16.4 8.5 13.6 8 10.6C7.5 7.6 7.6 5.2 8.7 3.7C9.7 2.6 11.4 2.1 13.1 2.2Z',
      },
    ],
  ],
  warning: [
    [
      'path',
      {
        d: 'M10.4 4.1L2.7 17.6C2 18.9 2.9 20.5 4.4 20.5H19.6C21.1 20.5 22 18.9 21.3 17.6L13.6 4.1C12.9 2.8 11.1 2.8 10.4 4.1Z',
      },
    ],
    ['path', { d: 'M12 9.2V13.4' }],
    ['path', { d: 'M12 16.9V17' }],
  ],
} as const satisfies Record<string, readonly Shape[]>

export type IconName = keyof typeof ICONS
