import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { PodmanEnvironment } from './podman.js'

/** Debian's `busybox-static`: one static binary with `httpd` and `wget`. */
export const BUSYBOX = '/bin/busybox'

/** The health check that goes with these images (compose `healthcheck.test`). */
export const BUSYBOX_HEALTHCHECK = [
  'CMD',
  '/bin/busybox',
  'wget',
  '-q',
  '-O',
  '/dev/null',
  'http://127.0.0.1:8080/health'
]

export interface BusyboxOperatorOptions {
  /** Content of `/www/health`; `null` leaves it out, so the health check fails (404). */
  health?: string | null
  /** Content of `/www/index.html`, the "app"; default names the folder. */
  index?: string
  /** Content of `requirements.txt`. */
  requirements?: string
}

/**
 * Writes an operator folder (what docker-push-operators builds) into `dir`: a `FROM scratch`
 * Dockerfile serving `www/` with busybox httpd on port 8080, a copy of the static busybox, the
 * app (`www/index.html`), `www/health` and a `requirements.txt`. It takes `INSTALL_DEV` as a
 * build argument and only records it in a label (`operator.install-dev`).
 */
export async function writeBusyboxOperator(
  dir: string,
  options: BusyboxOperatorOptions = {}
): Promise<void> {
  await mkdir(path.join(dir, 'www'), { recursive: true })
  const binary = await readFile(BUSYBOX).catch(() => {
    throw new Error(`${BUSYBOX} is missing (apt-get install busybox-static).`)
  })
  if (hasInterpreter(binary)) {
    throw new Error(`${BUSYBOX} is dynamically linked (apt-get install busybox-static).`)
  }
  await copyFile(BUSYBOX, path.join(dir, 'busybox'))
  await chmod(path.join(dir, 'busybox'), 0o755)
  await writeFile(
    path.join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'ARG INSTALL_DEV=false',
      'LABEL operator.install-dev=$INSTALL_DEV',
      'COPY busybox /bin/busybox',
      'COPY www /www',
      'EXPOSE 8080',
      'CMD ["/bin/busybox","httpd","-f","-p","8080","-h","/www"]',
      ''
    ].join('\n')
  )
  await writeFile(path.join(dir, 'requirements.txt'), options.requirements ?? '# none\n')
  await writeFile(path.join(dir, 'www', 'index.html'), options.index ?? `${path.basename(dir)}\n`)
  const health = options.health === undefined ? 'ok\n' : options.health
  if (health === null) await rm(path.join(dir, 'www', 'health'), { force: true })
  else await writeFile(path.join(dir, 'www', 'health'), health)
}

export interface BuildBusyboxImageOptions extends BusyboxOperatorOptions {
  podman: PodmanEnvironment
  /** `host:port` of the registry, e.g. startRegistry()'s `host`. */
  registry: string
  /** Repository in the registry, e.g. `team/api`. */
  name: string
  /** Default `latest`. */
  tag?: string
}

export interface BuiltImage {
  /** `registry/name`, without tag or digest. */
  image: string
  /** `sha256:…` of the pushed manifest. */
  digest: string
  /** `image@digest`: what to deploy. */
  ref: string
}

/** Builds a busybox operator image with podman and pushes it; returns it by digest. */
export async function buildBusyboxImage(options: BuildBusyboxImageOptions): Promise<BuiltImage> {
  const context = await mkdtemp(path.join(os.tmpdir(), 'release-actions-busybox-'))
  try {
    await writeBusyboxOperator(context, options)
    const image = `${options.registry}/${options.name}`
    const tagged = `${image}:${options.tag ?? 'latest'}`
    const build = await options.podman.podman([
      'build',
      '--isolation',
      'chroot',
      '-t',
      tagged,
      context
    ])
    if (build.exitCode !== 0) throw new Error(`podman build ${tagged} failed:\n${build.stderr}`)
    const digestFile = path.join(context, 'digest')
    const push = await options.podman.podman(['push', '--digestfile', digestFile, tagged])
    if (push.exitCode !== 0) throw new Error(`podman push ${tagged} failed:\n${push.stderr}`)
    const digest = (await readFile(digestFile, 'utf8')).trim()
    return { image, digest, ref: `${image}@${digest}` }
  } finally {
    await rm(context, { recursive: true, force: true })
  }
}

/** True for an ELF64 binary with a PT_INTERP program header: one that needs ld.so and libc. */
function hasInterpreter(elf: Buffer): boolean {
  if (elf.length < 64 || elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2) return false
  const offset = Number(elf.readBigUInt64LE(0x20))
  const size = elf.readUInt16LE(0x36)
  const count = elf.readUInt16LE(0x38)
  for (let i = 0; i < count && offset + (i + 1) * size <= elf.length; i++) {
    if (elf.readUInt32LE(offset + i * size) === 3) return true
  }
  return false
}
