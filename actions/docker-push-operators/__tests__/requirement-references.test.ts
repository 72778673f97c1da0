import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  decodeText,
  isUnderPath,
  MAX_REQUIREMENTS_BYTES,
  parseRequirements,
  readRequirementReferences,
  resolveRequirementPath,
  splitShellWords,
  type RequirementEntry
} from '../src/requirement-references.js'

/** The entries as `option target` (`-r ../common.txt`, `./libs/x` for a plain path). */
const show = (entries: RequirementEntry[]) =>
  entries.map((e) => (e.option ? `${e.option} ${e.target}` : e.target))

describe('parseRequirements: the local paths a requirements file names', () => {
  it.each([
    // Named requirements and URLs are not local paths.
    ['a pin', 'flask==3.0.3\n', []],
    ['a pin with a marker', 'flask==3.0.3; python_version < "3.13"\n', []],
    ['a pin with hashes', 'flask==3.0.3 --hash=sha256:abc --hash=sha256:def\n', []],
    ['an extra', 'celery[redis]>=5\n', []],
    ['a URL', 'https://example.com/pkg-1.0.tar.gz\n', []],
    ['a VCS URL', 'git+https://github.com/acme/lib.git@v1#egg=lib\n', []],
    ['a PEP 508 URL', 'lib @ https://example.com/lib-1.0.whl\n', []],
    ['an editable VCS URL', '-e git+ssh://git@github.com/acme/lib.git#egg=lib\n', []],
    ['an index option', '-i https://pypi.example/simple\n--extra-index-url https://x/y\n', []],
    ['a remote include', '-r https://example.com/requirements.txt\n', []],
    ['a remote find-links', '--find-links https://example.com/wheels/\n', []],
    ['a remote file: URL', 'file://fileserver/share/lib\n', []],
    // Local paths, however written.
    ['-e with a space', '-e ../../shared\n', ['-e ../../shared']],
    ['-e attached', '-e../../shared\n', ['-e ../../shared']],
    ['--editable=', '--editable=../../shared\n', ['-e ../../shared']],
    ['--editable with a space', '--editable ../../shared\n', ['-e ../../shared']],
    ['-e with extras', '-e ../../shared[redis,s3]\n', ['-e ../../shared']],
    ['-e a bare folder name', '-e shared\n', ['-e shared']],
    ['-e a file: URL with #egg', '-e file:../../shared#egg=shared\n', ['-e ../../shared']],
    ['-e a quoted path with a space', '-e "../my lib"\n', ['-e ../my lib']],
    ['-e a single-quoted path', "-e '../my lib'\n", ['-e ../my lib']],
    ['-r with a space', '-r ../common.txt\n', ['-r ../common.txt']],
    ['-r attached', '-r../common.txt\n', ['-r ../common.txt']],
    ['--requirement=', '--requirement=../common.txt\n', ['-r ../common.txt']],
    ['--requirement with a space', '--requirement ../common.txt\n', ['-r ../common.txt']],
    ['-c', '-c ../constraints.txt\n', ['-c ../constraints.txt']],
    ['--constraint=', '--constraint=../constraints.txt\n', ['-c ../constraints.txt']],
    ['-r a file: URL', '-r file:../common.txt\n', ['-r ../common.txt']],
    ['-f a local folder', '-f ../wheels\n', ['-f ../wheels']],
    ['--find-links=', '--find-links=../wheels\n', ['-f ../wheels']],
    ['a plain relative path', './libs/x\n', ['./libs/x']],
    ['a sibling folder', '../base\n', ['../base']],
    ['a path with extras', '../../shared[extra]\n', ['../../shared']],
    ['a path with a marker', '../../shared; python_version >= "3.12"\n', ['../../shared']],
    [
      'a path with extras and a marker',
      '../../shared[a]; sys_platform == "linux"\n',
      ['../../shared']
    ],
    [
      'a path with a hash option',
      './dist/lib-1.0-py3-none-any.whl --hash=sha256:abc\n',
      ['./dist/lib-1.0-py3-none-any.whl']
    ],
    ['a bare archive name', 'lib-1.0-py3-none-any.whl\n', ['lib-1.0-py3-none-any.whl']],
    ['a file: URL', 'file:../shared\n', ['../shared']],
    ['a file: URL with a marker', 'file:../shared ; python_version > "3"\n', ['../shared']],
    ['a file: URL, percent-encoded', 'file:../my%20lib\n', ['../my lib']],
    ['a PEP 508 file: URL, relative', 'shared @ file:../../shared\n', ['../../shared']],
    ['a PEP 508 file: URL with extras', 'shared[x] @ file:../../shared\n', ['../../shared']],
    ['a PEP 508 file: URL, absolute', 'shared @ file:///srv/shared\n', ['/srv/shared']],
    ['a file: URL on localhost', 'file://localhost/srv/shared\n', ['/srv/shared']],
    ['an absolute path (resolved away later)', '/opt/lib\n', ['/opt/lib']],
    ['a path with an @ in a folder name', './libs/x@2\n', ['./libs/x@2']],
    // Comments.
    ['a comment line', '# -e ../../shared\n', []],
    ['an indented comment line', '   # -r ../common.txt\n', []],
    ['a comment after a requirement', 'flask==3 # see ../../shared\n', []],
    ['a comment after a path', '../../shared  # the shared package\n', ['../../shared']],
    ['a # inside a word is no comment', '-e file:../shared#egg=shared\n', ['-e ../shared']],
    // Line continuations, as pip joins them.
    ['an option continued', '-e \\\n../../shared\n', ['-e ../../shared']],
    ['a path continued', '../../sha\\\nred\n', ['../../shared']],
    ['a continuation at the end of the file', '-r ../common.txt \\\n', ['-r ../common.txt']],
    ['a comment line does not continue', '# note \\\n-e ../x\n', ['-e ../x']],
    [
      'a continued line whose comment swallows the next',
      'flask==3 # \\\n-e ../x\n-e ../y\n',
      ['-e ../y']
    ],
    ['a backslash then a space does not continue', '-e ../x\\ \n-e ../y\n', ['-e ../x', '-e ../y']],
    // Line breaks and encodings.
    [
      'CRLF lines',
      '-e ../../shared\r\n-r ../common.txt\r\n',
      ['-e ../../shared', '-r ../common.txt']
    ],
    ['a line behind a form feed', 'flask==3\f-e ../x\n', ['-e ../x']],
    ['no final newline', '-e ../x', ['-e ../x']],
    ['blank lines and spaces', '\n\n   \n  -e ../x  \n', ['-e ../x']],
    // Several options on a line, and options that take a value.
    ['two options on a line', '-r ../a.txt -c ../b.txt\n', ['-r ../a.txt', '-c ../b.txt']],
    ['an index before an editable', '-i https://pypi.example -e ../x\n', ['-e ../x']],
    ['a flag before an include', '--pre -r ../a.txt\n', ['-r ../a.txt']],
    ['an option without its value', '-r\n--editable\n', []],
    ['an unclosed quote', '-e "../x\n', []],
    // Environment variables: their value is not known here (and kept so; resolution drops them).
    ['an environment variable', '-e ${SHARED_DIR}/lib\n', ['-e ${SHARED_DIR}/lib']]
  ])('%s', (_name, text, expected) => {
    expect(show(parseRequirements(text))).toEqual(expected)
  })

  it('numbers entries by their first physical line, and tells includes from paths', () => {
    expect(parseRequirements('flask==3\n-r ../a.txt\n-e \\\n ../x\n# c\n./y\n')).toEqual([
      { kind: 'include', option: '-r', target: '../a.txt', line: 2 },
      { kind: 'path', option: '-e', target: '../x', line: 3 },
      { kind: 'path', option: '', target: './y', line: 6 }
    ])
  })

  it('answers in linear time on hostile lines', () => {
    const started = Date.now()
    const long = 100_000
    parseRequirements(`${' '.repeat(long)}x\n${'['.repeat(long)}]\n-e ${'['.repeat(long)}]\n`)
    parseRequirements(`../x${'[a'.repeat(long)}]\n${'\\\n'.repeat(long)}`)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})

describe('splitShellWords: as shlex.split', () => {
  it.each([
    ['-e ../x', ['-e', '../x']],
    ['  -e   ../x  ', ['-e', '../x']],
    ['-e "a b"', ['-e', 'a b']],
    ['-e \'a "b"\'', ['-e', 'a "b"']],
    ['-e a\\ b', ['-e', 'a b']],
    ['-e "a\\"b"', ['-e', 'a"b']],
    ['-e "a\\b"', ['-e', 'a\\b']],
    ['-e ""', ['-e', '']],
    ['-e x"y"z', ['-e', 'xyz']]
  ])('%j', (text, expected) => {
    expect(splitShellWords(text)).toEqual(expected)
  })
})

describe('resolveRequirementPath: relative to the file, inside the repository only', () => {
  it.each([
    ['operators/api', '../../shared', 'shared'],
    ['operators/api', '../../shared/', 'shared'],
    ['operators/api', '../common.txt', 'operators/common.txt'],
    ['operators/api', './libs/x', 'operators/api/libs/x'],
    ['operators/api', 'libs/../vendor', 'operators/api/vendor'],
    ['operators/api', '.', 'operators/api'],
    ['operators/api', '../..', '.'],
    ['operators', 'shared', 'operators/shared'],
    ['', 'shared', 'shared'],
    ['.', './shared', 'shared'],
    // Outside the repository, absolute, or not knowable: left out.
    ['operators/api', '../../../etc', undefined],
    ['operators/api', '../../..', undefined],
    ['operators/api', '../../shared/../../x', undefined],
    ['operators/api', '/etc/passwd', undefined],
    ['operators/api', '/work/repo/shared', undefined],
    ['operators/api', 'C:\\shared', undefined],
    ['operators/api', '\\\\server\\share', undefined],
    ['operators/api', '${SHARED}/lib', undefined],
    ['operators/api', 'shared\0x', undefined],
    ['operators/api', '', undefined]
  ])('%s + %s → %s', (base, target, expected) => {
    expect(resolveRequirementPath(base, target)).toBe(expected)
  })

  it.each([
    ['shared/util.py', 'shared', true],
    ['shared', 'shared', true],
    ['shared-lib/x.py', 'shared', false],
    ['operators/common.txt', 'operators/common.txt', true],
    ['operators/common.txt.bak', 'operators/common.txt', false],
    ['anything', '.', true]
  ])('isUnderPath(%s, %s) → %s', (file, dir, expected) => {
    expect(isUnderPath(file, dir)).toBe(expected)
  })

  it('decodes as pip does: a byte-order mark says UTF-8 or UTF-16', () => {
    const text = '-e ../x\n'
    expect(decodeText(Buffer.from(text))).toBe(text)
    expect(decodeText(Buffer.from(`\ufeff${text}`))).toBe(text)
    expect(decodeText(Buffer.from(`\ufeff${text}`, 'utf16le'))).toBe(text)
    expect(decodeText(Buffer.from(`\ufeff${text}`, 'utf16le').swap16())).toBe(text)
  })
})

describe('readRequirementReferences: the files, followed', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'release-actions-requirements-'))
  const outside = mkdtempSync(path.join(os.tmpdir(), 'release-actions-outside-'))
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })
  const write = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    }
  }
  write({
    'shared/pyproject.toml': '',
    'libs/a/setup.py': '',
    'operators/constraints.txt': 'urllib3<3\n',
    // -r chains, relative to each file, with a cycle back to the start.
    'operators/api/requirements.txt':
      'flask==3\n-e ../../shared\n-r ../common.txt\n-r requirements-base.txt\n',
    'operators/api/requirements-base.txt': '-c ../constraints.txt\n./vendor/x\n',
    'operators/common.txt': '-r groups/web.txt\n../libs/a\n',
    'operators/groups/web.txt': '-r ../common.txt\n-r ../api/requirements.txt\n',
    // Outside the repository, absolute, a missing include.
    'operators/escape/requirements.txt': `-e ../../..\n-e /opt/lib\n-r ../../../etc/x.txt\n-r ../missing.txt\n`,
    // Nothing outside its folder.
    'operators/plain/requirements.txt': 'flask==3\n-e .\n',
    'operators/plain/requirements-dev.txt': 'pytest==8\n',
    'operators/none/Dockerfile': ''
  })

  it('follows -r and -c through other folders, once each, and keeps what lies outside the operator', () => {
    expect(readRequirementReferences(root, 'operators/api')).toEqual([
      // requirements-base.txt sorts before requirements.txt.
      {
        path: 'operators/constraints.txt',
        from: 'operators/api/requirements-base.txt',
        folder: false
      },
      { path: 'shared', from: 'operators/api/requirements.txt', folder: true },
      { path: 'operators/common.txt', from: 'operators/api/requirements.txt', folder: false },
      // Named in operators/common.txt: relative to it, and to the operator, where pip resolves it.
      { path: 'operators/groups/web.txt', from: 'operators/common.txt', folder: false },
      { path: 'libs/a', from: 'operators/common.txt', folder: true },
      { path: 'operators/libs/a', from: 'operators/common.txt', folder: false }
    ])
  })

  it('leaves out paths outside the repository; keeps an include that is not there yet', () => {
    expect(readRequirementReferences(root, 'operators/escape')).toEqual([
      { path: 'operators/missing.txt', from: 'operators/escape/requirements.txt', folder: false }
    ])
    expect(readRequirementReferences(root, 'operators/plain')).toEqual([])
    expect(readRequirementReferences(root, 'operators/none')).toEqual([])
  })

  it('reads no file that a symbolic link puts outside the repository', () => {
    writeFileSync(path.join(outside, 'secret.txt'), '-e ../../shared\n')
    mkdirSync(path.join(root, 'operators/linked'), { recursive: true })
    symlinkSync(
      path.join(outside, 'secret.txt'),
      path.join(root, 'operators/linked/requirements.txt')
    )
    expect(readRequirementReferences(root, 'operators/linked')).toEqual([])
  })

  it('refuses a requirements file that is no regular file, naming it; a link to /dev/zero is not read', () => {
    mkdirSync(path.join(root, 'operators/piped'), { recursive: true })
    execFileSync('mkfifo', [path.join(root, 'operators/piped/requirements.txt')])
    expect(() => readRequirementReferences(root, 'operators/piped')).toThrow(
      'The requirements file operators/piped/requirements.txt in the repository is not a regular file'
    )
    mkdirSync(path.join(root, 'operators/zero'), { recursive: true })
    symlinkSync('/dev/zero', path.join(root, 'operators/zero/requirements.txt'))
    expect(readRequirementReferences(root, 'operators/zero')).toEqual([])
  })

  it('refuses a chain of more files than it reads', () => {
    const chain: Record<string, string> = {
      'operators/chain/requirements.txt': '-r ../chain-1.txt\n'
    }
    for (let n = 1; n <= 300; n++) chain[`operators/chain-${n}.txt`] = `-r chain-${n + 1}.txt\n`
    write(chain)
    expect(() => readRequirementReferences(root, 'operators/chain')).toThrow(
      'The requirements of operators/chain include more than 256 files'
    )
  })

  it('refuses a file over the size cap, naming it', () => {
    write({ 'operators/huge/requirements.txt': 'x'.repeat(MAX_REQUIREMENTS_BYTES + 1) })
    expect(() => readRequirementReferences(root, 'operators/huge')).toThrow(
      /operators\/huge\/requirements\.txt is \d+ bytes, over the 4194304/
    )
  })
})
