/**
 * PolNeAR's attributions from a brat standoff file: `T1 Source 110 112 we`, `T2 Cue 113 119
 * mocked`, `T3 Content 120 211 …`, `E1 Attribution:T4 Content:T3 Cue:T2 Source:T1`. A span may be
 * discontinuous (`120 150;160 211`); an attribution may have no source.
 */
export interface Attribution {
  /** The source's text, or null when the annotator marked none. */
  source: string | null;
  cue: string;
  /** The character ranges of the content, the cue and the source in the article's text. */
  content: Array<[number, number]>;
  cueSpans: Array<[number, number]>;
  sourceSpans: Array<[number, number]>;
}

interface TextBound {
  type: string;
  spans: Array<[number, number]>;
  text: string;
}

export function readAttributions(ann: string): Attribution[] {
  const bounds = new Map<string, TextBound>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text = ''] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const spans = rest
        .join(' ')
        .split(';')
        .map((pair) => pair.split(' ').map(Number) as [number, number]);
      bounds.set(id, { type, spans, text });
    } else if (id.startsWith('E')) events.push(body);
  }
  return events.flatMap((event) => {
    const roles = new Map(event.split(' ').map((part) => part.split(':') as [string, string]));
    const content = bounds.get(roles.get('Content') ?? '');
    const cue = bounds.get(roles.get('Cue') ?? '');
    if (!content || !cue) return [];
    const source = bounds.get(roles.get('Source') ?? '');
    return [
      {
        source: source?.text ?? null,
        cue: cue.text,
        content: content.spans,
        cueSpans: cue.spans,
        sourceSpans: source?.spans ?? [],
      },
    ];
  });
}
