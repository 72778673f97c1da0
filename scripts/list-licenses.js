// dist/licenses.txt: every package with code in a bundle (any of its files), with its licence.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/** The listing for an esbuild metafile: one entry per package, by name: name, licence, text. */
export function listLicenses(metafile, root) {
  const dirs = new Set()
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dir = packageDir(input)
      if (dir && bytesInOutput > 0) dirs.add(dir)
    }
  }
  const entries = [...dirs].map((dir) => describePackage(path.join(root, dir)))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  // Two copies of one package (nested node_modules) are listed once when their licences agree.
  const listed = entries.map((e) => `${e.name}\n${e.license}\n${e.text}\n`)
  return [...new Set(listed)].join('\n')
}

/** node_modules/@scope/name/lib/x.js -> node_modules/@scope/name (the innermost package). */
function packageDir(input) {
  const parts = input.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at === -1 || at + 1 >= parts.length) return undefined
  const length = parts[at + 1]?.startsWith('@') ? at + 3 : at + 2
  return parts.slice(0, length).join('/')
}

function describePackage(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir)
    .filter((name) => LICENSE_FILE.test(name))
    .sort()[0]
  const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : ''
  if (!manifest.license && !text) throw new Error(`${dir}: no licence in package.json or a file`)
  return {
    name: manifest.name,
    license: manifest.license ?? '(see the text)',
    text: text || `(no licence file; package.json says ${manifest.license})`
  }
}
