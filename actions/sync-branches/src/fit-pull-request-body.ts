/** GitHub refuses a pull request body over this many characters (422 "body is too long"). */
export const MAX_PULL_REQUEST_BODY = 65_536

/**
 * A body GitHub accepts: as it is when it fits, else cut at a line end before the limit and
 * ended with a link to the full comparison, so long release notes never block the pull request.
 */
export function fitPullRequestBody(body: string, compareUrl: string): string {
  if (body.length <= MAX_PULL_REQUEST_BODY) return body
  const tail = `\n\n…cut to fit GitHub's limit of ${MAX_PULL_REQUEST_BODY.toLocaleString('en-US')} characters: [every change](${compareUrl})`
  const room = MAX_PULL_REQUEST_BODY - tail.length
  const lineEnd = body.lastIndexOf('\n', room)
  // Never split a surrogate pair (an emoji) when there is no line end to cut at.
  let cut = lineEnd > room / 2 ? lineEnd : room
  if (/[\uD800-\uDBFF]/.test(body.charAt(cut - 1))) cut -= 1
  return body.slice(0, cut) + tail
}
