import type http from 'node:http'

/** What the stand-in sends back for one request. */
export interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

export function answerText(status: number, text: string): Answer {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }
}

export function answerJson(status: number, value: unknown): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value)
  }
}

/** The Web API reports failures as HTTP 200 with `{ok: false, error}`. */
export function answerApiError(error: string, extra: Record<string, unknown> = {}): Answer {
  return answerJson(200, { ok: false, error, ...extra })
}

export function sendAnswer(res: http.ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(Buffer.byteLength(answer.body))
  })
  res.end(answer.body)
}
