import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { startLoopbackServer } from '../loopback-server.js'

const get = (url: string) =>
  fetch(url).then(
    (response) => response.status,
    () => 'refused'
  )

describe('startLoopbackServer', () => {
  it('stays up while it is asked, past its lifetime, and closes itself once idle that long', async () => {
    const server = await startLoopbackServer((_req, res) => res.end('ok'), { lifetimeMs: 2000 })
    const answers: (number | string)[] = []
    for (let i = 0; i < 6; i++) {
      answers.push(await get(server.url))
      await sleep(500)
    }
    expect(answers).toEqual([200, 200, 200, 200, 200, 200])
    await sleep(4000)
    expect(await get(server.url)).toBe('refused')
  })
})
