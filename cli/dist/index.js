import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 8682:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4608);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/lib/errors.ts + 2 modules
var errors = __nccwpck_require__(3898);
// EXTERNAL MODULE: ./src/lib/git.ts
var lib_git = __nccwpck_require__(3555);
;// CONCATENATED MODULE: ./cli/src/check-git-version.ts
/** `git merge-tree --write-tree`, which predicts the merges without a work tree, came in 2.38. */
const MINIMUM_GIT = [2, 38];
/**
 * Why the git on PATH cannot run the plan, or undefined when it can. Asked once per run, before
 * any other git call.
 */
async function checkGitVersion(run) {
    const result = await run('git', ['--version'], { allowFailure: true, silent: true }).catch(() => undefined);
    if (!result || result.exitCode !== 0)
        return 'git is not installed (or not on PATH)';
    return describeGitProblem(result.stdout);
}
/** `git version 2.34.1` → undefined when new enough, else what is needed and what was found. */
function describeGitProblem(versionText) {
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(versionText);
    const found = match ? match[0] : versionText.trim() || 'no version';
    const [major = 0, minor = 0] = match ? [Number(match[1]), Number(match[2])] : [];
    const [needMajor, needMinor] = MINIMUM_GIT;
    if (major > needMajor || (major === needMajor && minor >= needMinor))
        return undefined;
    return `release-actions plan needs git ${needMajor}.${needMinor} or later for \`git merge-tree --write-tree\` (the release merge and the sync, predicted without touching the repository); found ${found}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./cli/src/exec-file.ts

/**
 * The CLI's command runner: node's execFile straight away. @actions/exec (the actions' runner)
 * resolves the program on PATH and tees output to the job log on every call, which a command
 * line tool making a dozen quick git calls does not need.
 */
const execFileRunner = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.execFile)(command, args, {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : process.env,
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'utf8'
    }, (error, stdout, stderr) => {
        const code = error?.code;
        if (error && typeof code !== 'number')
            return reject(error);
        const result = { exitCode: typeof code === 'number' ? code : 0, stdout, stderr };
        if (result.exitCode !== 0 && !options.allowFailure) {
            return reject(new Error(`\`${[command, ...args].join(' ')}\` exited with ${result.exitCode}: ${stderr.trim()}`));
        }
        resolve(result);
    });
    if (options.input !== undefined)
        child.stdin?.end(options.input);
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./cli/src/init/find-package-root.ts



/**
 * The release-actions package folder, which ships `workflows/` and `examples/deploy/`: found
 * upwards from this module, so it is the same from the source (cli/src/init) and from the
 * bundle (cli/dist), whatever the current folder.
 */
function findPackageRoot(from = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url))) {
    for (let dir = from;; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'workflows', 'merge-main.yml')))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            throw new Error(`no workflows/merge-main.yml above ${from}: the package is incomplete`);
    }
}

;// CONCATENATED MODULE: ./cli/src/init/format-checklist.ts
/** What only a person can do, in GitHub's settings: the names the starters read. */
function formatChecklist(options) {
    const where = options.repo
        ? ` (https://github.com/${options.repo}/settings)`
        : ' (the repository settings)';
    const password = options.registry === 'ghcr.io'
        ? '    [ ] IMAGE_REGISTRY_PASSWORD: not needed for ghcr.io (the job token pushes)'
        : `    [ ] IMAGE_REGISTRY_PASSWORD: a ${options.registry} token with push rights`;
    return [
        `Left to do in GitHub${where}:`,
        '  Secrets (Secrets and variables → Actions → Secrets):',
        '    [ ] SLACK_WEBHOOK_URL: an incoming webhook for the release channel (without it, no notices)',
        password,
        '  Environments (Environments):',
        '    [ ] staging, with the environment secret DEPLOY_DOCKER_HOST (where deploy/deploy.sh deploys)',
        '    [ ] production, with the environment secret DEPLOY_DOCKER_HOST (and required reviewers if',
        '        deploys need an approval)',
        '  Variables (Secrets and variables → Actions → Variables):',
        "    [ ] PRODUCTION_URL: production's base URL (https://…); without it the load checks skip",
        '    [ ] LOAD_CHECK_RUN_TIME (optional): how long each load check runs (default 30s)',
        '    [ ] ROLLBACK_ON_FAILED_LOAD_CHECK (optional): true rolls back a release that fails its check',
        '    [ ] RELEASE_APP_ID (recommended), with the secret RELEASE_APP_PRIVATE_KEY: a GitHub App',
        '        opens the sync and release pull requests, so their required checks start',
        '  Settings:',
        '    [ ] Actions → General: "Allow GitHub Actions to create and approve pull requests"',
        '    [ ] branches development and security/hotfix (merge-main syncs main into both)',
        '    [ ] labels release:major, release:minor, release:patch, release:skip (or conventional',
        '        commits), and security-exception for reviewed allowlist entries',
        '    [ ] protect main: require the status check pr-security (the job of pr-security.yml that',
        '        passes only when the scan, the plan, the SARIF upload and every unit-tests leg did),',
        '        and keep v* tags for the release workflow (Rules → Rulesets)',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./cli/src/init/parse-source.ts
class InitInputError extends Error {
}
const GITHUB_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const GITHUB_URL = /^https:\/\/github\.com\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?\/?$/;
const OTHER_URL = /^(?:https?|ssh|file|git):\/\/[^\s]+$/;
/**
 * Parses `--from SOURCE@REF`. SOURCE is `OWNER/REPO` (GitHub), a GitHub https URL, or any other
 * git URL or absolute path, which names no GitHub repository: `--uses OWNER/REPO` must then say
 * what the workflows' `uses:` lines name.
 */
function parseSource(from, uses) {
    const at = from.lastIndexOf('@');
    if (at <= 0)
        throw new InitInputError(`--from "${from}" has no @REF (e.g. acme/release-actions@v1)`);
    const source = from.slice(0, at);
    const ref = from.slice(at + 1);
    checkRef(ref);
    if (uses !== undefined && !GITHUB_REPO.test(uses))
        throw new InitInputError(`--uses "${uses}" is not OWNER/REPO`);
    if (GITHUB_REPO.test(source))
        return { url: `https://github.com/${source}.git`, usesRepo: uses ?? source, ref };
    const github = GITHUB_URL.exec(source)?.[1];
    if (github && GITHUB_REPO.test(github))
        return { url: source, usesRepo: uses ?? github, ref };
    if (!OTHER_URL.test(source) && !source.startsWith('/'))
        throw new InitInputError(`--from "${from}": the source is not OWNER/REPO, a git URL or an absolute path`);
    if (uses === undefined)
        throw new InitInputError(`--from "${source}" names no GitHub repository: pass --uses OWNER/REPO for the uses: lines`);
    return { url: source, usesRepo: uses, ref };
}
// A tag name as `git check-ref-format` would take it, minus what could be read as an
// option or a pattern: it reaches git only as an argument after --end-of-options anyway.
function checkRef(ref) {
    const bad = !/^[A-Za-z0-9._/-]+$/.test(ref) ||
        ref.startsWith('-') ||
        ref.startsWith('/') ||
        ref.endsWith('/') ||
        ref.endsWith('.') ||
        ref.endsWith('.lock') ||
        ref.includes('..') ||
        ref.includes('//') ||
        ref.split('/').some((part) => part.startsWith('.'));
    if (bad)
        throw new InitInputError(`--from: "${ref}" is not a tag name`);
}

;// CONCATENATED MODULE: ./cli/src/init/default-files.ts
// The two files a team owns from the start: written by init only when absent.
const ALLOWLIST = `# Findings the security gate (pr-security's scan job) lets pass. An entry:
#
# - id: B602                 # the finding: a bandit test id or a vulnerability id
#   path: operators/api/*.py # optional: the files it covers (a glob), or
#   package: urllib3         # optional: the package it covers
#   reason: why it is accepted
#   expires: 2026-06-30      # YYYY-MM-DD, at most a year ahead: then it blocks again
#
# On a pull request only the entries of its base commit count, unless a maintainer who reviewed
# the new ones labels the pull request security-exception.
[]
`;
const LOCUSTFILE = `"""The load check of production: merge-main runs it after each production deploy and
production-monitor every 30 minutes, against the PRODUCTION_URL repository variable. A request
that fails or answers an error status counts as a failure. Add the pages your users load.
"""

from locust import HttpUser, between, task


class VisitorUser(HttpUser):
    wait_time = between(0.5, 2)

    @task
    def home(self):
        self.client.get("/", name="GET /")
`;

;// CONCATENATED MODULE: ./cli/src/init/render-files.ts



const OWN_USES = /^(\s*(?:-\s*)?uses:\s*)org\/release-actions\/actions\/([a-z0-9-]+)@v1[ \t]*$/gm;
/** Every file init writes, rendered from the package's starters and deploy example. */
function renderFiles(root, settings) {
    const starters = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, 'workflows'))
        .filter((name) => name.endsWith('.yml'))
        .sort()
        .map((name) => ({
        path: `.github/workflows/${name}`,
        text: renderStarter((0,external_node_fs_.readFileSync)(external_node_path_default().join(root, 'workflows', name), 'utf8'), settings)
    }));
    const deploy = (name) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, 'examples', 'deploy', name), 'utf8');
    return [
        ...starters,
        { path: 'deploy/compose.yaml', text: deploy('compose.yaml') },
        { path: 'deploy/deploy.sh', text: deploy('deploy.sh'), executable: true },
        { path: '.security-allowlist.yml', text: ALLOWLIST, onlyIfAbsent: true },
        { path: 'locustfile.py', text: LOCUSTFILE, onlyIfAbsent: true }
    ];
}
/** One starter with our actions pinned to `settings.sha` and the image settings filled in. */
function renderStarter(text, settings) {
    let pinned = text.replace(OWN_USES, (_line, prefix, name) => `${prefix}${settings.usesRepo}/actions/${name}@${settings.sha} # ${settings.ref}`);
    pinned = replaceEnv(pinned, 'IMAGE_REGISTRY', settings.registry);
    if (settings.namespace)
        pinned = replaceEnv(pinned, 'IMAGE_NAMESPACE', settings.namespace);
    // A starter that names the collection some other way would ship an unpinned placeholder.
    if (pinned.includes('org/release-actions'))
        throw new Error('a starter names org/release-actions in a form init does not pin');
    return pinned;
}
function replaceEnv(text, name, value) {
    return text.replace(new RegExp(`^(  ${name}:) .*$`, 'm'), `$1 ${value}`);
}

// EXTERNAL MODULE: ./src/lib/exec.ts + 7 modules
var exec = __nccwpck_require__(2238);
;// CONCATENATED MODULE: ./cli/src/init/version-tags.ts
// v1, v1.2, v1.2.3 (or without the v): the tags a pinned SHA's comment can carry for Dependabot
// and the workflow policy (`# v1.2.3`). Pre-releases are left out of what init suggests.
const VERSION_TAG = /^v?(\d+(?:\.\d+){0,2})$/;
/**
 * The version tags among `tags`, newest first; a major or minor tag (`v1`) before the releases
 * it covers (`v1.2.0`), as it is the one a team usually pins.
 */
function sortVersionTags(tags) {
    const parsed = [...new Set(tags)].flatMap((tag) => {
        const version = VERSION_TAG.exec(tag)?.[1];
        return version ? [{ tag, parts: version.split('.').map(Number) }] : [];
    });
    return parsed
        .sort((a, b) => compareParts(b.parts, a.parts) || a.tag.localeCompare(b.tag))
        .map((v) => v.tag);
}
/** Part by part; where one is a prefix of the other, the shorter counts as the newer. */
function compareParts(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return b.length - a.length;
}

;// CONCATENATED MODULE: ./cli/src/init/resolve-ref.ts




const LS_REMOTE_TIMEOUT_MS = 30_000;
const SUGGESTED_TAGS = 5;
// What Dependabot and the workflow policy read as a version in `@<sha> # <comment>`.
const VERSION_COMMENT = /^v?\d/;
/**
 * The commit the tag `source.ref` names in `source.url` (an annotated tag peeled to its commit).
 * A branch is refused: a SHA pinned from one carries a branch name as its comment, which neither
 * Dependabot nor the workflow policy takes for a version, so it would never be updated.
 */
async function resolveRef(source) {
    const { ref, url } = source;
    // One ls-remote: every tag (the ones to suggest) and the branch of that name, if any.
    const shas = await listRemoteRefs(url, ['refs/tags/*', `refs/heads/${ref}`]);
    const sha = shas.get(`refs/tags/${ref}^{}`) ?? shas.get(`refs/tags/${ref}`);
    if (sha && VERSION_COMMENT.test(ref))
        return sha;
    const tags = [...shas.keys()]
        .filter((name) => name.startsWith('refs/tags/') && !name.endsWith('^{}'))
        .map((name) => name.slice('refs/tags/'.length));
    const versions = sortVersionTags(tags);
    if (sha)
        throw new InitInputError(`--from: "${ref}" is a tag of ${url} but not a version (v1, v1.2.3), which the pinned ` +
            `SHA's comment must be for Dependabot to update it: ${suggestTags(url, versions)}`);
    if (shas.has(`refs/heads/${ref}`))
        throw new InitInputError(`--from: "${ref}" is a branch of ${url}; REF must be a tag (Dependabot never updates a SHA ` +
            `pinned from a branch): ${suggestTags(url, versions)}`);
    throw new InitInputError(`--from: ${url} has no tag "${ref}": ${suggestTags(url, versions)}`);
}
function suggestTags(url, versions) {
    if (versions.length === 0)
        return `${url} has no version tag yet; create one there: git tag v1 && git push origin v1`;
    const more = versions.length - SUGGESTED_TAGS;
    const rest = more > 0 ? ` (and ${more} more)` : '';
    return `its version tags, newest first: ${versions.slice(0, SUGGESTED_TAGS).join(', ')}${rest}`;
}
/** The refs of `url` matching `patterns` (ls-remote's tail match), by name. */
async function listRemoteRefs(url, patterns) {
    let stdout;
    try {
        ;
        ({ stdout } = await (0,exec/* runCommand */.d1)('git', ['ls-remote', '--end-of-options', url, ...patterns], {
            silent: true,
            timeoutMs: LS_REMOTE_TIMEOUT_MS,
            // No password prompt: an unknown or private repository fails instead of waiting.
            env: { GIT_TERMINAL_PROMPT: '0' }
        }));
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error).split('\n').filter(Boolean).pop() ?? '';
        throw new InitInputError(`cannot read ${url} with git ls-remote: ${reason}`);
    }
    const shas = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, name] = line.split('\t');
        if (sha && name && /^[0-9a-f]{40}$/.test(sha))
            shas.set(name, sha);
    }
    return shas;
}

;// CONCATENATED MODULE: ./cli/src/init/unified-diff.ts
const CONTEXT = 3;
/** A unified diff (`--- a/…`, `+++ b/…`, `@@` hunks) from `before` (null: no file) to `after`. */
function formatUnifiedDiff(file, before, after) {
    const edits = diffLines(splitLines(before ?? ''), splitLines(after));
    const header = `--- ${before === null ? '/dev/null' : `a/${file}`}\n+++ b/${file}\n`;
    return header + formatHunks(edits).join('');
}
function splitLines(text) {
    if (text === '')
        return [];
    return text.replace(/\n$/, '').split('\n');
}
// Longest common subsequence by dynamic programming: the files are a few hundred lines.
function diffLines(a, b) {
    const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            lcs[i][j] =
                a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const edits = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            edits.push({ kind: ' ', line: a[i++] });
            j++;
        }
        else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
            edits.push({ kind: '-', line: a[i++] });
        }
        else {
            edits.push({ kind: '+', line: b[j++] });
        }
    }
    return edits;
}
function formatHunks(edits) {
    const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]));
    const hunks = [];
    let k = 0;
    while (k < changed.length) {
        const start = Math.max(0, changed[k] - CONTEXT);
        let end = changed[k] + CONTEXT;
        while (k + 1 < changed.length && changed[k + 1] - CONTEXT <= end + 1)
            end = changed[++k] + CONTEXT;
        end = Math.min(end, edits.length - 1);
        k++;
        const before = edits.slice(0, start);
        const body = edits.slice(start, end + 1);
        const oldStart = before.filter((e) => e.kind !== '+').length;
        const newStart = before.filter((e) => e.kind !== '-').length;
        const oldCount = body.filter((e) => e.kind !== '+').length;
        const newCount = body.filter((e) => e.kind !== '-').length;
        hunks.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n` +
            body.map((e) => `${e.kind}${e.line}\n`).join(''));
    }
    return hunks;
}
// Unified diff line ranges: 1-based, and the line before the hunk when it is empty.
function range(start, count) {
    return `${count === 0 ? start : start + 1},${count}`;
}

;// CONCATENATED MODULE: ./cli/src/read-origin.ts
// Owners and repository names as GitHub allows them; anything else is no link at all.
const NAME = /^[A-Za-z0-9_.-]+$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d+)?$/;
/**
 * The GitHub repository an `origin` URL points at: https://HOST/OWNER/REPO(.git),
 * git@HOST:OWNER/REPO(.git) or ssh://git@HOST(:PORT)/OWNER/REPO(.git); undefined otherwise.
 */
function parseGitHubRemote(url) {
    const match = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
        /^ssh:\/\/[^@/]+@([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
        /^[^@/:]+@([^/:]+):([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    if (!match)
        return undefined;
    const [, host = '', owner = '', name = ''] = match;
    if (!HOST.test(host) || !NAME.test(owner) || !NAME.test(name))
        return undefined;
    if (owner.startsWith('.') || name.startsWith('.'))
        return undefined;
    // An ssh port is not the web's: the web address is the host alone.
    const webHost = url.startsWith('http') ? host : host.replace(/:\d+$/, '');
    return { serverUrl: `https://${webHost}`, owner, name };
}
/** The repository of the `origin` remote, or undefined when there is none or it is not GitHub's form. */
async function readOrigin(git) {
    const url = await git.tryRead(['remote', 'get-url', '--', 'origin']);
    return url ? parseGitHubRemote(url) : undefined;
}

;// CONCATENATED MODULE: ./cli/src/init/run-init.ts














const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/;
const NAMESPACE = /^[a-z0-9]+([._/-][a-z0-9]+)*$/;
/** `release-actions init`: returns the exit code (0 done, 2 bad input or a refused overwrite). */
async function runInit(argv, io, usage) {
    try {
        return await init(argv, io, usage);
    }
    catch (error) {
        if (!(error instanceof InitInputError))
            throw error;
        io.stderr.write(`release-actions: ${error.message}\n`);
        return 2;
    }
}
async function init(argv, io, usage) {
    const { values, positionals } = parseInitArgs(argv);
    if (values.help) {
        io.stdout.write(usage);
        return 0;
    }
    if (positionals.length > 0)
        throw new InitInputError(`unexpected "${positionals[0]}" (see --help)`);
    if (!values.from)
        throw new InitInputError('no --from: name the copy of release-actions the workflows use, e.g. --from acme/release-actions@v1');
    const source = parseSource(values.from, values.uses);
    const registry = values.registry ?? 'ghcr.io';
    if (!REGISTRY.test(registry))
        throw new InitInputError(`--registry "${registry}" is not a host`);
    if (values.namespace !== undefined && !NAMESPACE.test(values.namespace))
        throw new InitInputError(`--namespace "${values.namespace}" is not a lowercase image namespace`);
    const target = await findWorkTree(external_node_path_default().resolve(io.cwd, values.repo ?? '.'));
    // ghcr.io and the settings link are github.com's: another server's origin fills in nothing.
    const remote = await readOrigin((0,lib_git/* createGit */.l)({ cwd: target, runner: execFileRunner }));
    const origin = remote?.serverUrl === 'https://github.com' ? remote : undefined;
    const namespace = values.namespace ?? origin?.owner.toLowerCase();
    const sha = await resolveRef(source);
    const files = renderFiles(findPackageRoot(), { ...source, sha, registry, namespace });
    const current = await Promise.all(files.map((file) => readOrNull(external_node_path_default().join(target, file.path))));
    const statuses = files.map((file, i) => decide(file, current[i] ?? null, values.force));
    const conflicts = files.filter((_, i) => statuses[i] === 'conflict').map((f) => f.path);
    if (conflicts.length > 0 && !values['dry-run'])
        throw new InitInputError(`differ from what init writes: ${conflicts.join(', ')}; pass --force to overwrite (--dry-run shows the diff)`);
    io.stdout.write(`release-actions init: ${target}\n` +
        `  actions: ${source.usesRepo}@${sha} (${source.ref} of ${source.url})\n` +
        `  images: ${registry}/${namespace ?? '${{ github.repository_owner }}'}\n\n`);
    if (values['dry-run']) {
        files.forEach((file, i) => {
            if (statuses[i] === 'unchanged' || statuses[i] === 'kept')
                return;
            io.stdout.write(formatUnifiedDiff(file.path, current[i] ?? null, file.text));
        });
        const forced = conflicts.length > 0 && !values.force ? `; --force to overwrite ${conflicts.join(', ')}` : '';
        io.stdout.write(`\n(dry run: nothing written${forced})\n`);
        return 0;
    }
    for (const [i, file] of files.entries()) {
        if (statuses[i] === 'create' || statuses[i] === 'overwrite')
            await writePlanned(target, file);
        io.stdout.write(`  ${statuses[i].padEnd(9)} ${file.path}\n`);
    }
    io.stdout.write(`\n${formatChecklist({ repo: origin && `${origin.owner}/${origin.name}`, registry })}`);
    return 0;
}
function parseInitArgs(argv) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                repo: { type: 'string' },
                from: { type: 'string' },
                uses: { type: 'string' },
                registry: { type: 'string' },
                namespace: { type: 'string' },
                force: { type: 'boolean', default: false },
                'dry-run': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            }
        });
    }
    catch (error) {
        throw new InitInputError(`${(0,errors/* errorMessage */.gJ)(error)} (see --help)`);
    }
}
async function findWorkTree(dir) {
    const top = (0,external_node_fs_.existsSync)(dir)
        ? await (0,lib_git/* createGit */.l)({ cwd: dir, runner: execFileRunner }).tryRead([
            'rev-parse',
            '--show-toplevel'
        ])
        : undefined;
    if (!top)
        throw new InitInputError(`${dir} is not a git repository (pass --repo PATH)`);
    return top;
}
function decide(file, current, force) {
    if (current === null)
        return 'create';
    if (file.onlyIfAbsent)
        return 'kept';
    if (current === file.text)
        return 'unchanged';
    return force ? 'overwrite' : 'conflict';
}
async function readOrNull(file) {
    try {
        return await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
async function writePlanned(target, file) {
    const destination = external_node_path_default().join(target, file.path);
    await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(destination), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(destination, file.text);
    if (file.executable)
        await (0,promises_namespaceObject.chmod)(destination, 0o755);
}

;// CONCATENATED MODULE: ./actions/tag-release/src/versions.ts
// semver.org's own grammar, without build metadata: `1.2.3`, `1.2.3-rc.1`; not `v1`, `1.2`, `01.2.3`.
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const NUMERIC = /^\d+$/;
const VERSION = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`);
/** The version a tag names under `prefix`, or undefined for any other tag (`v1`, `nightly-3`). */
function parseVersionTag(name, prefix) {
    if (!name.startsWith(prefix))
        return undefined;
    const rest = name.slice(prefix.length);
    return VERSION.test(rest) ? rest : undefined;
}
/** The version tags among `refs`, highest first. */
function selectVersionTags(refs, prefix) {
    const tags = [];
    for (const ref of refs) {
        const version = parseVersionTag(ref.name, prefix);
        const key = version && readVersionKey(version);
        if (key)
            tags.push({ tag: { ...ref, version }, key });
    }
    // Read once, not on every comparison: repositories carry thousands of version tags.
    return tags.sort((a, b) => compareVersionKeys(b.key, a.key)).map(({ tag }) => tag);
}
function readVersionKey(version) {
    const match = VERSION.exec(version);
    if (!match)
        return undefined;
    return { core: [match[1] ?? '', match[2] ?? '', match[3] ?? ''], prerelease: match[4] };
}
/** semver precedence of two versions (both valid), as a sort comparator. */
function compareVersions(a, b) {
    return compareVersionKeys(readVersionKey(a), readVersionKey(b));
}
/** semver precedence. Numbers compare as digit strings, which no size limit can overflow. */
function compareVersionKeys(a, b) {
    for (let i = 0; i < 3; i++) {
        const x = a.core[i] ?? '';
        const y = b.core[i] ?? '';
        if (x !== y)
            return x.length - y.length || (x < y ? -1 : 1);
    }
    if (a.prerelease === b.prerelease)
        return 0;
    if (a.prerelease === undefined)
        return 1;
    if (b.prerelease === undefined)
        return -1;
    return comparePrereleases(a.prerelease.split('.'), b.prerelease.split('.'));
}
/** semver §11: numeric identifiers by value (as digit strings), below alphanumeric ones. */
function comparePrereleases(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i] ?? '';
        const y = b[i] ?? '';
        if (x === y)
            continue;
        const xNumeric = NUMERIC.test(x);
        const yNumeric = NUMERIC.test(y);
        if (xNumeric && yNumeric)
            return x.length - y.length || (x < y ? -1 : 1);
        if (xNumeric !== yNumeric)
            return xNumeric ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return a.length - b.length;
}
function compareCores(a, b) {
    return compareVersionKeys({ core: a, prerelease: undefined }, { core: b, prerelease: undefined });
}
/** Tags that count as earlier releases: stable ones, and prereleases only in prerelease mode. */
function selectComparableTags(tags, prerelease) {
    // Version tags carry no build metadata (see VERSION), so a hyphen can only start a prerelease.
    return prerelease ? tags : tags.filter((tag) => !tag.version.includes('-'));
}
/**
 * The next version: the highest stable version bumped (or `initialVersion` when there is none).
 * A prerelease numbers past the ones already tagged for that version (`1.3.0-rc.1` → `rc.2`),
 * and never goes back below an open prerelease line (a patch after `1.3.0-rc.1` is `1.3.0-rc.2`).
 */
function computeNextVersion(options) {
    const { bump, initialVersion, prerelease, existing } = options;
    const stable = findHighestStable(existing);
    const bumped = stable ? bumpCore(readVersionKey(stable).core, bump) : readCore(initialVersion);
    if (!prerelease)
        return bumped.join('.');
    const keys = existing.map(readVersionKey).filter((key) => key !== undefined);
    const openLines = keys.filter((key) => key.prerelease !== undefined).map((key) => key.core);
    const target = [bumped, ...openLines]
        .filter((core) => compareCores(core, bumped) >= 0)
        .sort((a, b) => compareCores(b, a))[0];
    // Counters are digit strings of any length; `rc.final` or `rc` alone count as no number.
    const numbers = keys
        .filter((key) => compareCores(key.core, target) === 0)
        .map((key) => key.prerelease?.split('.'))
        .filter((ids) => ids?.[0] === prerelease && ids.length === 2 && NUMERIC.test(ids[1] ?? ''))
        .map((ids) => BigInt(ids[1]));
    const next = numbers.reduce((max, n) => (n > max ? n : max), 0n) + 1n;
    return `${target.join('.')}-${prerelease}.${next}`;
}
/** Integer arithmetic on digit strings: 18446744073709551615.0.0 bumps exactly. */
function bumpCore(core, bump) {
    const [major, minor, patch] = core.map((part) => BigInt(part));
    if (bump === 'major')
        return [String(major + 1n), '0', '0'];
    if (bump === 'minor')
        return [String(major), String(minor + 1n), '0'];
    return [String(major), String(minor), String(patch + 1n)];
}
function readCore(version) {
    const key = readVersionKey(version);
    if (!key)
        throw new Error(`${version} is not a version`);
    return key.core;
}
/** The highest stable version, whose major decides the pre-1.0 rule. */
function findHighestStable(existing) {
    let highest;
    for (const version of existing) {
        const key = readVersionKey(version);
        if (!key || key.prerelease !== undefined)
            continue;
        if (!highest || compareVersionKeys(key, highest.key) > 0)
            highest = { version, key };
    }
    return highest?.version;
}
/** The bump from `previous` to `version`, for reruns that report what an earlier run decided. */
function describeBump(previous, version) {
    const from = previous === undefined ? undefined : readVersionKey(previous);
    const to = readVersionKey(version);
    if (!from || !to)
        return 'none';
    if (from.core[0] !== to.core[0])
        return 'major';
    if (from.core[1] !== to.core[1])
        return 'minor';
    return from.core[2] !== to.core[2] || from.prerelease !== to.prerelease ? 'patch' : 'none';
}

;// CONCATENATED MODULE: ./actions/tag-release/src/bump.ts
const RANK = { patch: 1, minor: 2, major: 3 };
const LABELS = {
    'release:major': 'major',
    'release:minor': 'minor',
    'release:patch': 'patch',
    'release:skip': 'skip'
};
/** `release:skip` wins over everything; otherwise the largest `release:*` label. */
function readBumpFromLabels(labels) {
    const choices = labels.map((label) => LABELS[label.trim().toLowerCase()]).filter((c) => c);
    if (choices.includes('skip'))
        return 'skip';
    return choices.reduce((best, c) => (!best || RANK[c] > RANK[best] ? c : best), undefined);
}
// `type(scope)!: subject`. In a body, also as a list item: GitHub's squash body lists the
// squashed commits as `* feat: …` lines. Any run of spaces after the colon.
const HEADER = /^(?:[*-][ \t]+)?(?<type>[a-z][\w-]*)(?:\([^()\n]*\))?(?<bang>!)?:[ \t]+\S/i;
// A footer anywhere in the message, under any title, also as a list item or before a line break.
const BREAKING_FOOTER = /^(?:[*-][ \t]+)?BREAKING[ -]CHANGE:(?:[ \t]|$)/m;
/**
 * The bump one commit asks for: the largest of its conventional title and, for a squash commit,
 * the conventional lines of its body; a BREAKING CHANGE footer anywhere is major. Undefined when
 * nothing in it is conventional.
 */
function readBumpFromCommit(message) {
    if (BREAKING_FOOTER.test(message))
        return 'major';
    let best;
    for (const line of message.split('\n')) {
        const header = HEADER.exec(line.trim());
        if (!header?.groups)
            continue;
        const bump = header.groups.bang
            ? 'major'
            : header.groups.type?.toLowerCase() === 'feat'
                ? 'minor'
                : 'patch';
        if (!best || RANK[bump] > RANK[best])
            best = bump;
    }
    return best;
}
/** The largest bump among the commits, with the commits that ask for it. */
function readBumpFromCommits(commits) {
    let best;
    let deciding = [];
    for (const commit of commits) {
        const bump = readBumpFromCommit(commit.message);
        if (!bump)
            continue;
        if (!best || RANK[bump] > RANK[best]) {
            best = bump;
            deciding = [commit];
        }
        else if (bump === best)
            deciding.push(commit);
    }
    return best ? { bump: best, commits: deciding } : undefined;
}
/** Before 1.0.0 a breaking change is a minor step (semver §4: anything may change in 0.y.z). */
function applyPreOneRule(bump, highestStable) {
    return bump === 'major' && (highestStable ?? '0').startsWith('0.') ? 'minor' : bump;
}

;// CONCATENATED MODULE: ./actions/tag-release/src/decide-range-bump.ts

/**
 * The bump of a release over every change in the range (commits since the previous version):
 * each pull request merged in it counts by its `release:*` label, else by its commits and
 * title; `release:skip` drops only that pull request's commits; commits that came in no pull
 * request count by their own conventional type. A commit belongs to the innermost pull request
 * that brought it in (a feature merged into development, inside the release pull request).
 */
function decideRangeBump(commits, pulls) {
    const inRange = new Map(commits.map((c) => [c.sha, c]));
    const owned = assignToPullRequests(inRange, pulls.filter((p) => inRange.has(p.mergeCommitSha)));
    const items = [];
    for (const [pull, own] of owned.byPull)
        items.push(describePullRequest(pull, own));
    for (const commit of commits.filter((c) => !owned.owner.has(c.sha))) {
        const asked = readBumpFromCommit(commit.message);
        items.push({
            ref: commit.sha.slice(0, 7),
            title: commit.message.split('\n', 1)[0] ?? '',
            asked,
            by: asked ? 'conventional commit' : 'nothing conventional',
            commits: [commit]
        });
    }
    const bumps = items.map((i) => i.asked).filter((a) => a !== undefined && a !== 'skip');
    const best = bumps.reduce((top, b) => (!top || RANK[b] > RANK[top] ? b : top), undefined);
    const everythingSkipped = items.length > 0 && items.every((i) => i.asked === 'skip');
    return { bump: best ?? (everythingSkipped ? 'skip' : undefined), items };
}
function describePullRequest(pull, own) {
    const base = { ref: `#${pull.number}`, title: pull.title, commits: own };
    const label = readBumpFromLabels(pull.labels);
    if (label)
        return { ...base, asked: label, by: `label release:${label}` };
    const fromCommits = readBumpFromCommits([
        ...own,
        { sha: pull.mergeCommitSha, message: pull.title }
    ]);
    return fromCommits
        ? { ...base, asked: fromCommits.bump, by: 'conventional commits' }
        : { ...base, asked: undefined, by: 'nothing conventional' };
}
/** Each commit's innermost pull request: the one whose merge brought in the fewest commits. */
function assignToPullRequests(inRange, pulls) {
    const broughtIn = new Map(pulls.map((pull) => [pull, collectBroughtIn(pull.mergeCommitSha, inRange)]));
    const owner = new Map();
    for (const [pull, shas] of [...broughtIn].sort((a, b) => b[1].size - a[1].size)) {
        for (const sha of shas)
            owner.set(sha, pull);
    }
    const byPull = new Map(pulls.map((pull) => [pull, []]));
    for (const [sha, pull] of owner)
        byPull.get(pull)?.push(inRange.get(sha));
    return { owner, byPull };
}
/** A merge commit brings in what its other parents reach and its first parent does not. */
function collectBroughtIn(mergeSha, inRange) {
    const [first, ...others] = inRange.get(mergeSha)?.parents ?? [];
    const brought = new Set([mergeSha]);
    if (others.length === 0)
        return brought;
    const mainline = collectAncestors(first ? [first] : [], inRange);
    for (const sha of collectAncestors(others, inRange))
        if (!mainline.has(sha))
            brought.add(sha);
    return brought;
}
function collectAncestors(start, inRange) {
    const seen = new Set();
    const stack = start.filter((sha) => inRange.has(sha));
    while (stack.length > 0) {
        const sha = stack.pop();
        if (seen.has(sha))
            continue;
        seen.add(sha);
        for (const parent of inRange.get(sha)?.parents ?? [])
            if (inRange.has(parent))
                stack.push(parent);
    }
    return seen;
}

;// CONCATENATED MODULE: ./actions/tag-release/src/plan-release.ts




/** The marker the weekly release pull request carries: `<!-- release-actions: version=1.3.0 -->`. */
const ANNOUNCED = /<!--\s*release-actions:\s*version=([0-9A-Za-z.-]+)\s*-->/;
// Where release history is not a line (a diverged tag), how many annotated tags we open.
const MAX_ANNOTATED_LOOKUPS = 10;
const FULL_SHA = /^[0-9a-f]{40}$/i;
async function planRelease(inputs, facts) {
    const tags = selectVersionTags(await facts.listTags(inputs.tagPrefix), inputs.tagPrefix);
    const comparable = selectComparableTags(tags, inputs.prerelease);
    const previous = comparable[0];
    // With a previous version, the comparison below proves a full sha exists: no extra read.
    const sha = previous && FULL_SHA.test(inputs.sha)
        ? inputs.sha.toLowerCase()
        : await resolveSha(inputs.sha, facts);
    // Looked up alongside the comparison, not after it: one round trip less.
    const pullRequestLookup = inputs.bump === 'auto' ? facts.findPullRequest(sha) : undefined;
    // An early return below must not leave a rejection unhandled; awaiting it still throws.
    pullRequestLookup?.catch(() => undefined);
    const lookUpPullRequest = () => pullRequestLookup ?? facts.findPullRequest(sha);
    const lightweight = comparable.find((tag) => !tag.annotated && tag.objectSha === sha);
    if (lightweight)
        return planTagged(sha, lightweight, comparable, lookUpPullRequest);
    let commits = [];
    let merged = [];
    if (previous) {
        const comparison = await facts.compare(previous.name, sha).catch((error) => {
            throw (0,errors/* hasStatus */.Ro)(error, 404, 422) ? unknownShaError(inputs.sha) : error;
        });
        if (comparison.status === 'identical') {
            return planTagged(sha, previous, comparable, lookUpPullRequest);
        }
        if (comparison.status === 'behind') {
            const own = await findAnnotatedTagOn(sha, comparable, facts);
            if (own)
                return planTagged(sha, own, comparable, lookUpPullRequest);
            return {
                kind: 'skip',
                sha,
                previous,
                pullRequest: undefined,
                commits,
                latest: false,
                reason: `${sha.slice(0, 7)} is already part of ${previous.name}; only newer commits get a version.`
            };
        }
        commits = comparison.commits;
        if (inputs.bump === 'auto') {
            const dates = commits.map((c) => c.date).filter((d) => Boolean(d));
            const since = dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : undefined;
            merged = await facts.listMergedPullRequests({ base: previous.name, head: sha, since });
        }
    }
    const pullRequest = await pullRequestLookup;
    const decision = previous && inputs.bump === 'auto'
        ? decideBumpOverRange(inputs, commits, merged, previous)
        : decideBump(inputs, pullRequest, commits, previous);
    const base = { sha, previous, pullRequest, commits };
    if (decision.bump === 'skip') {
        return { ...base, kind: 'skip', reason: decision.reason, decision, latest: false };
    }
    const highestStable = findHighestStable(tags.map((t) => t.version));
    const bump = decision.source === 'commits' ? applyPreOneRule(decision.bump, highestStable) : decision.bump;
    const finalDecision = bump === decision.bump
        ? decision
        : {
            ...decision,
            bump,
            reason: `${decision.reason}; before 1.0.0 a breaking change is a minor step`
        };
    const computed = computeNextVersion({
        bump,
        initialVersion: inputs.initialVersion,
        prerelease: inputs.prerelease,
        existing: tags.map((t) => t.version)
    });
    const announced = findAnnouncement(commits, merged, previous);
    // The release pull request's announced version is tagged, unless later changes ask for more.
    const version = announced && compareVersions(announced.version, computed) > 0 ? announced.version : computed;
    const announcement = announced && {
        ...announced,
        raisedTo: compareVersions(computed, announced.version) > 0 ? computed : undefined
    };
    return {
        ...base,
        kind: 'release',
        latest: true,
        announcement,
        version,
        tag: `${inputs.tagPrefix}${version}`,
        decision: finalDecision
    };
}
/** The highest valid version announced by a release pull request merged in the range. */
function findAnnouncement(commits, merged, previous) {
    const inRange = new Set(commits.map((c) => c.sha));
    let best;
    for (const pull of merged) {
        const version = inRange.has(pull.mergeCommitSha)
            ? ANNOUNCED.exec(pull.body ?? '')?.[1]
            : undefined;
        if (!version || !parseVersionTag(version, ''))
            continue;
        if (previous && compareVersions(version, previous.version) <= 0)
            continue;
        if (!best || compareVersions(version, best.version) > 0)
            best = { version, pullRequest: pull.number };
    }
    return best;
}
async function resolveSha(requested, facts) {
    const sha = await facts.resolveCommit(requested);
    if (!sha)
        throw unknownShaError(requested);
    return sha;
}
function unknownShaError(requested) {
    return new errors/* ConfigurationError */.j1(`Input "sha" is "${requested}", which is no commit, branch or tag of this repository.`, 'Pass a commit sha from this repository (the default is the workflow commit).');
}
const KINDS = { major: 'a breaking change', minor: 'a feature', patch: 'fixes and other changes' };
/** Since a previous version: the largest bump over every pull request and commit in between. */
function decideBumpOverRange(inputs, commits, merged, previous) {
    const range = decideRangeBump(commits, merged);
    if (range.bump === 'skip') {
        const skipped = range.items.map((item) => item.ref).join(', ');
        return {
            bump: 'skip',
            source: 'label',
            reason: `every change since ${previous.name} is release:skip (${skipped})`,
            commits: [],
            items: range.items
        };
    }
    if (range.bump) {
        const deciding = range.items.filter((item) => item.asked === range.bump);
        const byLabel = deciding.some((item) => item.by.startsWith('label'));
        const why = deciding.map((item) => `${item.by} on ${item.ref}`).join('; ');
        return {
            bump: range.bump,
            source: byLabel ? 'label' : 'commits',
            reason: `${KINDS[range.bump]} since ${previous.name}: ${why}`,
            commits: deciding.flatMap((item) => item.commits),
            items: range.items
        };
    }
    return decideBump(inputs, undefined, [], previous);
}
function decideBump(inputs, pullRequest, commits, previous) {
    if (inputs.bump !== 'auto') {
        return { bump: inputs.bump, source: 'input', reason: `input bump: ${inputs.bump}`, commits: [] };
    }
    const fromLabel = pullRequest && readBumpFromLabels(pullRequest.labels);
    if (pullRequest && fromLabel) {
        return {
            bump: fromLabel,
            source: 'label',
            reason: `label release:${fromLabel} on #${pullRequest.number}`,
            commits: []
        };
    }
    const fromCommits = readBumpFromCommits(commits);
    if (fromCommits) {
        return {
            bump: fromCommits.bump,
            source: 'commits',
            reason: `conventional commits since ${previous?.name}: ${KINDS[fromCommits.bump]}`,
            commits: fromCommits.commits
        };
    }
    const why = previous
        ? `no release label and no conventional commit since ${previous.name}`
        : 'first release';
    if (inputs.defaultBump === 'none') {
        return {
            bump: 'skip',
            source: 'default',
            reason: `${why}, and default-bump is none`,
            commits: []
        };
    }
    return {
        bump: inputs.defaultBump,
        source: 'default',
        reason: previous ? `${why}: default-bump ${inputs.defaultBump}` : `${why}: initial-version`,
        commits: []
    };
}
async function planTagged(sha, tag, comparable, lookUpPullRequest) {
    // `comparable` is highest first, so the version below this tag is the next one in it.
    const previous = comparable[comparable.indexOf(tag) + 1];
    return {
        kind: 'tagged',
        latest: comparable[0] === tag,
        sha,
        version: tag.version,
        tag: tag.name,
        previous,
        pullRequest: await lookUpPullRequest(),
        commits: []
    };
}
/**
 * The version tag on an older commit (a rerun of an earlier release): a binary search over the
 * versions, highest first, comparing each with `sha`, so the reads grow with log(tags).
 */
async function findAnnotatedTagOn(sha, tags, facts) {
    let low = 0;
    let high = tags.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const tag = tags[middle];
        const status = await facts.locate(tag.name, sha);
        if (status === 'identical')
            return tag;
        if (status === 'behind')
            low = middle + 1;
        else if (status === 'ahead')
            high = middle - 1;
        else
            return scanAnnotatedTags(sha, tags, facts);
    }
    return undefined;
}
async function scanAnnotatedTags(sha, tags, facts) {
    for (const tag of tags.filter((t) => t.annotated).slice(0, MAX_ANNOTATED_LOOKUPS)) {
        if ((await facts.readTaggedCommit(tag.objectSha)) === sha)
            return tag;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/tag-release/src/release-notes.ts

/** GitHub refuses a release body longer than this many characters. */
const RELEASE_BODY_LIMIT = 125_000;
/**
 * The notes are also the `notes` output, which a workflow passes on as an input: an environment
 * variable, which Linux refuses over 128 KiB (E2BIG). Kept under this many UTF-8 bytes, the notes
 * fit both limits with room left for text around them (the release pull request's marker).
 */
const NOTES_BYTE_LIMIT = 120_000;
async function generateNotes(client, repository, request) {
    try {
        const { data } = await client.rest.repos.generateReleaseNotes({
            ...repository,
            tag_name: request.tag,
            target_commitish: request.sha,
            ...(request.previousTag ? { previous_tag_name: request.previousTag } : {})
        });
        return { name: data.name, body: truncateNotes(data.body, request.compareUrl), source: 'github' };
    }
    catch (error) {
        if (!hasStatus(error, 403, 404))
            throw error;
        return { name: request.tag, body: renderCommitNotes(request), source: 'commits' };
    }
}
/** Cuts notes to both limits at a line break, ending with a link to the full comparison. */
function truncateNotes(body, compareUrl) {
    if (body.length <= RELEASE_BODY_LIMIT && Buffer.byteLength(body) <= NOTES_BYTE_LIMIT)
        return body;
    const tail = `\n\n… notes truncated to fit GitHub's limit.${compareUrl ? ` Full changes: ${compareUrl}` : ''}\n`;
    const room = NOTES_BYTE_LIMIT - Buffer.byteLength(tail);
    // A cut inside a multi-byte character decodes to U+FFFD: drop that last character.
    const head = Buffer.from(body)
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    const cut = head.lastIndexOf('\n');
    return head.slice(0, cut > head.length / 2 ? cut : head.length) + tail;
}
/** Notes from the commit list, when GitHub's are not to be had (a read-only token, a local plan). */
function renderCommitNotes(request) {
    const lines = request.commits.map((c) => `- ${c.message.split('\n', 1)[0]} (${c.sha.slice(0, 7)})`);
    const changes = lines.length > 0 ? `## Changes\n\n${lines.join('\n')}` : '';
    const link = request.compareUrl ? `**Full Changelog**: ${request.compareUrl}` : '';
    return truncateNotes([changes, link].filter(Boolean).join('\n\n'), request.compareUrl);
}

;// CONCATENATED MODULE: ./actions/docker-push-operators/src/requirement-references.ts



/** A requirements file larger than this is refused (a lock file with hashes is far below it). */
const MAX_REQUIREMENTS_BYTES = 4 * 1024 * 1024;
/** At most this many requirements files are read for one operator (`-r` chains included). */
const MAX_REQUIREMENTS_FILES = 256;
const VALUE_OPTIONS = new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-f',
    '--find-links',
    '-i',
    '--index-url',
    '--extra-index-url',
    '--trusted-host',
    '--hash',
    '--config-settings',
    '--global-option',
    '--install-option',
    '--no-binary',
    '--only-binary',
    '--use-feature'
]);
const SHORT_WITH_VALUE = new Set(['-r', '-c', '-e', '-f', '-i']);
const WANTED = {
    '-r': '-r',
    '--requirement': '-r',
    '-c': '-c',
    '--constraint': '-c',
    '-e': '-e',
    '--editable': '-e',
    '-f': '-f',
    '--find-links': '-f'
};
const ARCHIVE = /\.(whl|zip|tar|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma)$/i;
// Python's str.splitlines() boundaries (the separators \x1c-\x1e too): pip splits a requirements
// file with it, so a line hidden behind one is still a line.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/**
 * The local paths a requirements file names, in order. Lines are joined and comments removed as
 * pip does; URLs (`https:`, `git+…`) and named requirements (`flask==3.0.3`) are not local paths
 * and are left out; so are per-requirement options (`--hash`) and other options (`-i URL`).
 */
function parseRequirements(text) {
    const entries = [];
    for (const { line, number } of joinLines(text)) {
        const content = stripComment(line).trim();
        if (!content)
            continue;
        const { args, options } = breakArgsOptions(content);
        if (args) {
            const target = readRequirementTarget(args);
            if (target !== undefined)
                entries.push({ kind: 'path', option: '', target, line: number });
            continue;
        }
        const tokens = splitShellWords(options);
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i] ?? '';
            let name = token;
            let value;
            const eq = token.indexOf('=');
            if (token.startsWith('--') && eq > 0) {
                name = token.slice(0, eq);
                value = token.slice(eq + 1);
            }
            else if (!token.startsWith('--') &&
                token.length > 2 &&
                SHORT_WITH_VALUE.has(token.slice(0, 2))) {
                name = token.slice(0, 2);
                value = token.slice(2);
            }
            else if (VALUE_OPTIONS.has(token)) {
                value = tokens[++i];
            }
            const option = WANTED[name];
            if (!option || value === undefined)
                continue;
            const target = option === '-r' || option === '-c' || option === '-f'
                ? readLocation(value)
                : readEditable(value);
            if (target === undefined)
                continue;
            entries.push(option === '-r' || option === '-c'
                ? { kind: 'include', option, target, line: number }
                : { kind: 'path', option, target, line: number });
        }
    }
    return entries;
}
/**
 * Where `target`, written in a requirements file in `baseDir` (both posix, `baseDir` relative to
 * the repository), lies in the repository; undefined for an absolute path, one with an
 * environment variable (`${VAR}`: its value is not known here), or one outside the repository.
 */
function resolveRequirementPath(baseDir, target) {
    if (!target || target.includes('\0') || target.includes('${'))
        return undefined;
    if (external_node_path_default().posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\'))
        return undefined;
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(baseDir || '.', target));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined.replace(/\/+$/, '') || '.';
}
/** True when `file` is `dir` or inside it (`dir` `.` or empty: the whole repository). */
function isUnderPath(file, dir) {
    const prefix = dir.replace(/^\.\//, '').replace(/\/+$/, '');
    return prefix === '' || prefix === '.' || file === prefix || file.startsWith(`${prefix}/`);
}
/**
 * Every path outside `operatorDir` that the operator's requirements files (`requirements*.txt` in
 * its folder, and the files they include with `-r` or `-c`, followed once each) name.
 *
 * A path is resolved relative to the file that names it, as pip resolves `-r` and `-c`; a path in
 * an included file in another folder also relative to the operator's folder, where pip run there
 * (as pr-security's unit tests run it) resolves paths other than `-r` and `-c`. Paths outside the
 * repository are left out, and so are files that are symbolic links out of it.
 */
function readRequirementReferences(workspace, operatorDir) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const start = (0,external_node_fs_.readdirSync)(external_node_path_default().join(workspace, operatorDir))
        .filter((name) => /^requirements.*\.txt$/.test(name))
        .sort()
        .map((name) => external_node_path_default().posix.join(operatorDir, name));
    const queue = [...start];
    const seen = new Set(queue);
    const found = new Map();
    const add = (target, from) => {
        if (found.has(target) || isUnderPath(target, operatorDir))
            return;
        found.set(target, { path: target, from, folder: isFolder(workspace, target) });
    };
    for (let read = 0; read < queue.length; read++) {
        const file = queue[read];
        if (read >= MAX_REQUIREMENTS_FILES) {
            throw new errors/* ConfigurationError */.j1(`The requirements of ${operatorDir} include more than ${MAX_REQUIREMENTS_FILES} files (through -r and -c); the action reads at most ${MAX_REQUIREMENTS_FILES} to decide what a change selects.`, 'Include fewer requirements files, or list the paths they share in "shared-paths".');
        }
        const text = readCapped(root, workspace, file);
        if (text === undefined)
            continue;
        const dir = external_node_path_default().posix.dirname(file);
        for (const entry of parseRequirements(text)) {
            const bases = entry.kind === 'path' && dir !== operatorDir ? [dir, operatorDir] : [dir];
            for (const base of bases) {
                const target = resolveRequirementPath(base, entry.target);
                if (target === undefined)
                    continue;
                add(target, file);
                if (entry.kind === 'include' && !seen.has(target)) {
                    seen.add(target);
                    queue.push(target);
                }
            }
        }
    }
    return [...found.values()];
}
/** A file's text, when it is a file inside the repository (links followed); refused over the cap. */
function readCapped(root, workspace, file) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(external_node_path_default().join(workspace, file));
    }
    catch {
        return undefined; // not there (yet): a change adding it still selects the operator
    }
    if (real !== root && !real.startsWith(`${root}${(external_node_path_default()).sep}`))
        return undefined;
    if (!(0,external_node_fs_.statSync)(real).isFile())
        return undefined;
    // Non-blocking: should a pipe take the file's place between the two calls, it is not waited on.
    const fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return undefined;
        if (stat.size > MAX_REQUIREMENTS_BYTES) {
            throw new errors/* ConfigurationError */.j1(`The requirements file ${file} is ${stat.size} bytes, over the ${MAX_REQUIREMENTS_BYTES} the action reads to decide what a change selects.`, "Split it, or keep it out of the operator's requirements*.txt and -r/-c chain.");
        }
        const buffer = Buffer.alloc(stat.size);
        let length = 0;
        while (length < buffer.length) {
            const count = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, length);
            if (count === 0)
                break;
            length += count;
        }
        return decodeText(buffer.subarray(0, length));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** As pip's `auto_decode`: a byte-order mark says UTF-8 or UTF-16 (and is dropped); else UTF-8. */
function decodeText(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return bytes.subarray(3).toString('utf8');
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
        return swapped.swap16().toString('utf16le');
    }
    return bytes.toString('utf8');
}
function isFolder(workspace, target) {
    const file = external_node_path_default().join(workspace, target);
    try {
        return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Logical lines as pip's `join_lines` makes them: a line ending in `\` goes on with the next one;
 * a comment line never does. Numbered by their first physical line.
 */
function joinLines(text) {
    const physical = text.split(LINE_BREAK);
    if (physical.length > 0 && physical[physical.length - 1] === '')
        physical.pop();
    const lines = [];
    let pending = [];
    let first = 0;
    physical.forEach((raw, index) => {
        const isComment = /^\s*#/.test(raw);
        if (!raw.endsWith('\\') || isComment) {
            const line = isComment ? ` ${raw}` : raw;
            if (pending.length > 0) {
                lines.push({ line: [...pending, line].join(''), number: first });
                pending = [];
            }
            else
                lines.push({ line, number: index + 1 });
        }
        else {
            if (pending.length === 0)
                first = index + 1;
            pending.push(raw.replace(/^\\+|\\+$/g, ''));
        }
    });
    if (pending.length > 0)
        lines.push({ line: pending.join(''), number: first });
    return lines;
}
/** pip's `(^|\s+)#.*$`: a `#` at the start or after whitespace begins a comment (`pkg#egg` does not). */
function stripComment(line) {
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '#' && (i === 0 || /\s/.test(line[i - 1])))
            return line.slice(0, i);
    }
    return line;
}
/** pip's `break_args_options`: words up to the first starting with `-` are the requirement. */
function breakArgsOptions(line) {
    const tokens = line.split(' ');
    const index = tokens.findIndex((token) => token.startsWith('-'));
    if (index === -1)
        return { args: tokens.join(' '), options: '' };
    return { args: tokens.slice(0, index).join(' '), options: tokens.slice(index).join(' ') };
}
/** POSIX shell words, as Python's `shlex.split` (quotes and backslashes; no expansion). */
function splitShellWords(text) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (c === "'") {
            inWord = true;
            const end = text.indexOf("'", i + 1);
            if (end === -1)
                return words; // an unclosed quote: shlex refuses the line, and so does pip
            word += text.slice(i + 1, end);
            i = end;
        }
        else if (c === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < text.length && text[j] !== '"'; j++) {
                if (text[j] === '\\' && /["\\$`\n]/.test(text[j + 1] ?? ''))
                    j++;
                word += text[j];
            }
            if (j >= text.length)
                return words;
            i = j;
        }
        else if (c === '\\') {
            inWord = true;
            if (i + 1 < text.length)
                word += text[++i];
        }
        else {
            inWord = true;
            word += c;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
/** A requirement line's local path (`./libs/x[extra]; python_version<"3.13"`), else undefined. */
function readRequirementTarget(requirement) {
    let text = requirement.trim();
    const url = isUrl(text);
    const markers = text.indexOf(url ? '; ' : ';');
    if (markers !== -1)
        text = text.slice(0, markers).trim();
    if (url)
        return readFileUrl(text);
    const at = text.indexOf('@');
    if (at !== -1 && !looksLikePath(text.slice(0, at))) {
        // PEP 508 `name @ url`: local only as a file: URL (or a relative path, which pip refuses).
        const location = text.slice(at + 1).trim();
        if (isUrl(location))
            return readFileUrl(location);
        return looksLikePath(location) ? stripExtras(location) : undefined;
    }
    const local = stripExtras(text);
    return looksLikePath(local) || ARCHIVE.test(local) ? local : undefined;
}
/** `-e`: a folder (any word that is not a URL), or a `file:` URL. */
function readEditable(value) {
    const text = value.trim();
    if (isUrl(text))
        return readFileUrl(text);
    return stripExtras(text) || undefined;
}
/** `-r`, `-c`, `-f`: a path, or a `file:` URL; other URLs are not in the repository. */
function readLocation(value) {
    const text = value.trim();
    if (isUrl(text))
        return readFileUrl(text);
    return text || undefined;
}
/** pip's `is_url`: a scheme it fetches from (`https:`, `file:`, `git+ssh:` …). */
function isUrl(text) {
    const colon = text.indexOf(':');
    if (colon <= 0)
        return false;
    const scheme = text.slice(0, colon).toLowerCase();
    return (['http', 'https', 'file', 'ftp'].includes(scheme) ||
        /^(git|hg|svn|bzr)(\+[a-z0-9.-]+)?$/.test(scheme));
}
/** `file:../shared#egg=x` → `../shared`; `file:///abs` → `/abs`; a remote host or other scheme → undefined. */
function readFileUrl(url) {
    if (!/^file:/i.test(url))
        return undefined;
    let rest = url.slice(5).replace(/[?#].*$/s, '');
    if (rest.startsWith('//')) {
        const slash = rest.indexOf('/', 2);
        const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
        if (host !== '' && host.toLowerCase() !== 'localhost')
            return undefined;
        rest = slash === -1 ? '/' : rest.slice(slash);
    }
    try {
        return stripExtras(decodeURIComponent(rest)) || undefined;
    }
    catch {
        return undefined;
    }
}
/** pip's `_looks_like_path`: has a `/` or starts with `.`. */
function looksLikePath(text) {
    return text.includes('/') || text.startsWith('.');
}
/** pip's `^(.+)(\[[^\]]+\])$`, without backtracking: `../shared[extra]` → `../shared`. */
function stripExtras(text) {
    if (!text.endsWith(']'))
        return text;
    // The greedy `(.+)` takes the last `[` with something and no `]` between it and the end.
    const close = text.lastIndexOf(']', text.length - 2);
    for (let open = text.length - 3; open >= 1 && open > close; open--) {
        if (text[open] === '[')
            return text.slice(0, open);
    }
    return text;
}

;// CONCATENATED MODULE: ./actions/docker-push-operators/src/discover-operators.ts




const BUILD_FILES = ['Dockerfile', 'Containerfile'];
/** Every direct subfolder of `operatorsDir` with a Dockerfile or Containerfile, by name. */
function discoverOperators(workspace, operatorsDir, imagePrefix) {
    const root = external_node_path_default().join(workspace, operatorsDir);
    const found = [];
    for (const entry of (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })) {
        if (!entry.isDirectory())
            continue;
        const file = BUILD_FILES.find((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, entry.name, name)));
        if (!file)
            continue;
        found.push({
            name: entry.name,
            dir: toPosix(external_node_path_default().join(operatorsDir, entry.name)),
            dockerfile: toPosix(external_node_path_default().join(operatorsDir, entry.name, file))
        });
    }
    // Code-unit order: the same on every runner whatever its locale, and no ICU collator to load.
    found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const dirs = new Map(found.map((operator) => [operator.name, operator.dir]));
    return found.map((operator) => {
        const references = readRequirementReferences(workspace, operator.dir);
        return {
            ...operator,
            ...readDependencies(workspace, operator, dirs, references, imagePrefix),
            references
        };
    });
}
/** The operators to consider: all, or the ones named (an unknown name is an error listing the known). */
function pickOperators(all, requested) {
    if (requested === 'auto')
        return all;
    const known = all.map((operator) => operator.name);
    const unknown = requested.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
        throw new ConfigurationError(`Input "operators" names ${unknown.join(', ')}, which has no Dockerfile; accepted: auto, or some of ${known.join(', ') || '(none found)'}.`);
    }
    return all.filter((operator) => requested.includes(operator.name));
}
function readDependencies(workspace, operator, dirs, references, imagePrefix) {
    const others = [...dirs.keys()].filter((name) => name !== operator.name);
    const dockerfile = (0,external_node_fs_.readFileSync)(external_node_path_default().join(workspace, operator.dockerfile), 'utf8');
    const fromNames = readFromImages(dockerfile).map(imageBaseName);
    const byArg = others.filter((name) => new RegExp(`\\b${nameImageArg(name)}\\b`).test(dockerfile));
    const byTag = others.filter((name) => !byArg.includes(name) &&
        (fromNames.includes(`${imagePrefix}${name}`.toLowerCase()) ||
            fromNames.includes(name.toLowerCase())));
    // Requirements that name another operator's folder (`-e ../base`, `-r ../base/requirements.txt`).
    const byRequirements = others.filter((name) => references.some((reference) => isUnderPath(reference.path, dirs.get(name))));
    return {
        dependsOn: [...new Set([...byArg, ...byTag, ...byRequirements])].sort(),
        fromByTag: byTag
    };
}
/** The build argument that carries an operator's image to those built on it: `my-lib` → `MY_LIB_IMAGE`. */
function nameImageArg(operator) {
    return `${operator.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_IMAGE`;
}
/** The images a Dockerfile builds `FROM` (options such as `--platform` skipped). */
function readFromImages(dockerfile) {
    return [...dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)/gim)].map((match) => match[1] ?? '');
}
/** `registry:5000/acme/api:dev@sha256:…` → `api`. */
function imageBaseName(image) {
    const withoutDigest = image.split('@')[0] ?? '';
    const last = withoutDigest.split('/').pop() ?? '';
    return last.split(':')[0]?.toLowerCase() ?? '';
}
function toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
;// CONCATENATED MODULE: ./actions/docker-push-operators/src/plan-images.ts


const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
function planImage(operator, reason, inputs, run) {
    const name = `${inputs.imagePrefix}${operator.name}`.toLowerCase();
    if (!COMPONENT.test(name)) {
        throw new errors/* ConfigurationError */.j1(`Operator "${operator.name}" gives the image name "${name}", which is not a valid OCI name; rename the folder or change "image-prefix" (lower-case letters, digits, and . _ - between them).`);
    }
    const tags = computeTags(inputs.environment, run.sha, inputs.version);
    const staging = inputs.environment === 'staging';
    const fixedTag = staging ? `dev-${run.sha.slice(0, 7)}` : tags[0];
    return {
        operator: operator.name,
        action: 'build',
        promoteFrom: undefined,
        image: `${inputs.registry}/${inputs.namespace}/${name}`,
        tags,
        fixedTag,
        floatingTags: tags.filter((tag) => tag !== fixedTag),
        context: inputs.context === 'operator' ? operator.dir : '.',
        dockerfile: operator.dockerfile,
        buildArgs: [`${inputs.devRequirementsArg}=${staging}`, ...inputs.buildArgs],
        sourceDateEpoch: Math.floor(Date.parse(run.committedAt) / 1000),
        labels: {
            'org.opencontainers.image.source': `${run.serverUrl}/${run.repository}`,
            'org.opencontainers.image.revision': run.sha,
            'org.opencontainers.image.version': staging ? `dev-${run.sha.slice(0, 7)}` : inputs.version,
            'org.opencontainers.image.created': run.committedAt,
            'org.opencontainers.image.title': operator.name
        },
        platforms: inputs.platforms,
        cacheScope: `${operator.name}-${inputs.environment}`,
        reason
    };
}
/** Folders whose image names are the same (`Api` and `api`, or once prefixed) → an error naming them. */
function assertDistinctImages(operators, imagePrefix) {
    const byImage = new Map();
    for (const { name } of operators) {
        const image = `${imagePrefix}${name}`.toLowerCase();
        byImage.set(image, [...(byImage.get(image) ?? []), name]);
    }
    const clashes = [...byImage].filter(([, names]) => names.length > 1);
    if (clashes.length > 0) {
        throw new ConfigurationError(`Operator folders ${clashes.map(([image, names]) => `${names.join(' and ')} (both ${image})`).join('; ')} push to the same image; rename one so each operator has its own image.`);
    }
}
/** Staging: `dev`, `dev-<sha7>`. Production: `<version>`, `<major>.<minor>`, `latest`; a prerelease only its own tag. */
function computeTags(environment, sha, version) {
    if (environment === 'staging')
        return ['dev', `dev-${sha.slice(0, 7)}`];
    const parsed = parse_default()(version);
    if (!parsed)
        throw new errors/* ConfigurationError */.j1(`Input "version" is "${version}"; accepted: a semantic version such as 1.4.2.`);
    const tags = parsed.prerelease.length > 0
        ? [parsed.version]
        : [parsed.version, `${parsed.major}.${parsed.minor}`, 'latest'];
    for (const tag of tags)
        if (!TAG.test(tag))
            throw new errors/* ConfigurationError */.j1(`The tag "${tag}" is not a valid image tag.`);
    return tags;
}

;// CONCATENATED MODULE: ./actions/docker-push-operators/src/select-operators.ts


/**
 * Which operators to build: those whose folder changed, or a path their requirements name
 * (`-e ../../shared`, `-r ../common.txt`); all of them when a shared path changed (or when nothing
 * can be compared); and every operator that builds on a selected one.
 */
function selectOperators(all, candidates, changes, options) {
    const reasons = new Map();
    const everything = (reason) => candidates.forEach((op) => reasons.set(op.name, reason));
    if (!options.changedOnly)
        everything('changed-only is false');
    else if (changes.kind === 'all')
        everything(changes.reason);
    else {
        const shared = changes.files.find((file) => options.sharedPaths.some((p) => isUnderPath(file, p)));
        if (shared)
            everything(`shared path changed: ${shared}`);
        else {
            for (const op of candidates) {
                const changed = changes.files.filter((file) => isUnderPath(file, op.dir));
                const reason = changed.length > 0
                    ? describeChanged(changed)
                    : describeReferenceChanged(op.references, changes.files);
                if (reason)
                    reasons.set(op.name, reason);
            }
        }
    }
    addDependents(all, reasons);
    const order = sortByDependencies(all.filter((op) => reasons.has(op.name)));
    return {
        selected: order.map((operator) => ({ operator, reason: reasons.get(operator.name) ?? '' })),
        skipped: candidates
            .filter((op) => !reasons.has(op.name))
            .map((op) => ({
            operator: op.name,
            reason: changes.kind === 'files'
                ? `nothing under ${op.dir}/${describeReferences(op.references)} changed since ${changes.base.slice(0, 7)}`
                : 'not selected'
        }))
    };
}
function addDependents(all, reasons) {
    for (let grew = true; grew;) {
        grew = false;
        for (const op of all) {
            if (reasons.has(op.name))
                continue;
            const base = op.dependsOn.find((name) => reasons.has(name));
            if (base) {
                reasons.set(op.name, `builds on ${base}, which is rebuilt`);
                grew = true;
            }
        }
    }
}
/** Dependencies first; a cycle is an error naming it. */
function sortByDependencies(operators) {
    const names = new Set(operators.map((op) => op.name));
    const byName = new Map(operators.map((op) => [op.name, op]));
    const done = new Set();
    const visiting = [];
    const order = [];
    const visit = (op) => {
        if (done.has(op.name))
            return;
        if (visiting.includes(op.name)) {
            throw new errors/* ConfigurationError */.j1(`Operators build on each other in a circle: ${[...visiting.slice(visiting.indexOf(op.name)), op.name].join(' → ')}.`);
        }
        visiting.push(op.name);
        for (const dep of op.dependsOn.filter((name) => names.has(name)))
            visit(byName.get(dep));
        visiting.pop();
        done.add(op.name);
        order.push(op);
    };
    operators.forEach(visit);
    return order;
}
function describeChanged(files) {
    return `changed: ${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''}`;
}
/** `requirements reference shared/ (changed: shared/util.py)`, for the first path that changed. */
function describeReferenceChanged(references, files) {
    for (const reference of references) {
        const changed = files.filter((file) => isUnderPath(file, reference.path));
        if (changed.length > 0)
            return `requirements reference ${showReference(reference)} (${describeChanged(changed)})`;
    }
    return undefined;
}
/** ` or shared/ (named by its requirements)`, to follow `nothing under operators/api/`. */
function describeReferences(references) {
    if (references.length === 0)
        return '';
    const shown = references.slice(0, 3).map(showReference);
    if (references.length > 3)
        shown.push(`${references.length - 3} more`);
    const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
    return ` or ${list} (named by its requirements)`;
}
function showReference(reference) {
    if (reference.path === '.')
        return './';
    return reference.folder ? `${reference.path}/` : reference.path;
}

;// CONCATENATED MODULE: ./actions/notify-slack/src/mrkdwn.ts
/**
 * Slack mrkdwn is parsed for `<…>` (links, mentions like `<!channel>`) and `&` entities; escaping
 * those three makes any text inert. Formatting (`*bold*`, `_italic_`, `` `code` ``) still works.
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
/**
 * Escapes text for mrkdwn and turns markdown links `[text](https://…)` into Slack links, the one
 * way a message makes a link: nothing in the text itself can open a `<…>` of its own.
 */
function renderMrkdwn(text) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(MARKDOWN_LINK)) {
        const [whole, label = '', url = ''] = match;
        out += escapeMrkdwn(text.slice(last, match.index));
        out += `<${escapeLinkUrl(url)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
        last = (match.index ?? 0) + whole.length;
    }
    return out + escapeMrkdwn(text.slice(last));
}
function escapeLinkUrl(url) {
    return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}

;// CONCATENATED MODULE: ./actions/notify-slack/src/build-message.ts

const LOOK = {
    success: { emoji: ':white_check_mark:', word: 'succeeded', color: '#2eb67d' },
    failure: { emoji: ':x:', word: 'failed', color: '#e01e5a' },
    cancelled: { emoji: ':no_entry_sign:', word: 'was cancelled', color: '#9e9e9e' },
    started: { emoji: ':rocket:', word: 'started', color: '#1d9bd1' },
    info: { emoji: ':information_source:', word: '', color: '#1d9bd1' }
};
// A section holds at most ten fields.
const FIELDS_PER_SECTION = 10;
/**
 * The Block Kit message: a header with the status mark, the message, the fields, a context line
 * with the run link, a colour bar for the status, and the `text` fallback for notifications.
 * Everything that may come from users is escaped; only `[text](url)` in `message` makes a link.
 */
function buildMessage(inputs, run) {
    const look = LOOK[inputs.status];
    const title = inputs.title || defaultTitle(inputs.status, run);
    const link = inputs.link || run.runUrl;
    const blocks = [
        // Slack decodes these three entities in plain_text too, so the header gets the same escaping.
        {
            type: 'header',
            text: { type: 'plain_text', text: escapeMrkdwn(`${look.emoji} ${title}`), emoji: true }
        }
    ];
    if (inputs.message) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: renderMrkdwn(inputs.message) } });
    }
    for (let i = 0; i < inputs.fields.length; i += FIELDS_PER_SECTION) {
        blocks.push({
            type: 'section',
            fields: inputs.fields.slice(i, i + FIELDS_PER_SECTION).map(({ key, value }) => ({
                type: 'mrkdwn',
                text: `*${escapeMrkdwn(key)}*\n${escapeMrkdwn(value)}`
            }))
        });
    }
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: renderContext(run, link) }] });
    return {
        text: escapeMrkdwn(`${title}${inputs.message ? `: ${inputs.message}` : ''}`),
        blocks,
        // The colour bar: Block Kit has no colour of its own, legacy attachments do.
        attachments: [
            {
                color: look.color,
                blocks: [
                    { type: 'context', elements: [{ type: 'mrkdwn', text: `Status: *${inputs.status}*` }] }
                ]
            }
        ]
    };
}
function defaultTitle(status, run) {
    const word = LOOK[status].word;
    return `${run.repository} · ${run.workflow}${word ? ` ${word}` : ''}`;
}
function renderContext(run, link) {
    const parts = [
        `<${link.replace(/[|>]/g, encodeURIComponent)}|${escapeMrkdwn(run.workflow || 'workflow run')}>`,
        run.ref && `\`${escapeMrkdwn(run.ref)}\``,
        run.actor && `by ${escapeMrkdwn(run.actor)}`
    ];
    return parts.filter(Boolean).join(' · ');
}
function readRunContext(env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    return {
        repository,
        workflow: env.GITHUB_WORKFLOW ?? '',
        runUrl: env.GITHUB_RUN_ID
            ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
            : `${server}/${repository}`,
        actor: env.GITHUB_ACTOR ?? '',
        ref: env.GITHUB_REF_NAME ?? ''
    };
}

;// CONCATENATED MODULE: ./actions/sync-branches/src/decide-sync.ts

/**
 * What bringing `source` into `target` takes, from GitHub's comparison `target...source`
 * (`ahead` means source has commits the target lacks).
 */
function decideSyncStep(status) {
    if (status === 'ahead')
        return 'fast-forward';
    if (status === 'diverged')
        return 'merge';
    return 'up-to-date';
}
/** Why GitHub refused to move or merge into a branch, or undefined for anything unexpected. */
function classifyWriteRefusal(error) {
    const message = errorMessage(error);
    if (hasStatus(error, 409))
        return { kind: 'conflict', reason: 'merge conflict' };
    if (hasStatus(error, 422) && /not a fast forward/i.test(message)) {
        return { kind: 'moved', reason: 'the branch moved while syncing' };
    }
    if (hasStatus(error, 404))
        return { kind: 'missing', reason: 'the branch disappeared while syncing' };
    // A 403 is a protection rule only when it says so: "Resource not accessible by integration"
    // is a token without `contents: write`, which no pull request works around.
    if (hasStatus(error, 422) || (hasStatus(error, 403) && PROTECTION.test(message))) {
        return { kind: 'protected', reason: `GitHub refused the update (${firstLine(message)})` };
    }
    return undefined;
}
const PROTECTION = /protected branch|through a pull request|status check|approving review|rule/i;
function firstLine(text) {
    return text.split('\n', 1)[0]?.replace(/ - https:\/\/docs\.github\.com\S*$/, '') ?? text;
}

;// CONCATENATED MODULE: ./cli/src/predict-sync.ts

/** What sync-branches would do bringing `source` into each target (tip undefined: missing). */
async function predictSync(git, source, targets) {
    return Promise.all(targets.map(({ target, tip }) => predictOne(git, source, target, tip)));
}
async function predictOne(git, source, target, tip) {
    if (!tip)
        return { target, outcome: 'missing', conflicts: [] };
    const status = source.mergeOf
        ? await compareWithNewMerge(git, tip, source.mergeOf)
        : await compareStatus(git, tip, await source.commit);
    const step = decideSyncStep(status);
    if (step !== 'merge')
        return { target, outcome: step, conflicts: [] };
    const merge = await mergeTree(git, tip, await source.commit);
    return {
        target,
        outcome: merge.conflicts.length > 0 ? 'conflict' : 'merge',
        conflicts: merge.conflicts
    };
}
/** GitHub's compare status for `base...head`, from commit counts. */
async function compareStatus(git, base, head) {
    const [behind = 0, ahead = 0] = (await git.read(['rev-list', '--left-right', '--count', `${base}...${head}`]))
        .split(/\s+/)
        .map(Number);
    return statusFromCounts(ahead, behind);
}
/**
 * The status of `base...M` for a merge M of `parents` that need not exist yet: M is always ahead
 * (it is new), and behind by what base has that no parent has.
 */
async function compareWithNewMerge(git, base, parents) {
    const behind = Number(await git.read(['rev-list', '--count', base, ...parents.map((p) => `^${p}`)]));
    return statusFromCounts(1, behind);
}
function statusFromCounts(ahead, behind) {
    if (ahead === 0 && behind === 0)
        return 'identical';
    if (behind === 0)
        return 'ahead';
    return ahead === 0 ? 'behind' : 'diverged';
}
/**
 * Merges in the object store only (`git merge-tree --write-tree`): the work tree, the index and
 * every ref stay as they are. Returns the merged tree, or the conflicting files.
 */
async function mergeTree(git, ours, theirs) {
    const result = await git.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', ours, theirs], { allowFailure: true });
    const [tree = '', ...files] = result.stdout.trim().split('\n');
    if (result.exitCode === 0)
        return { tree, conflicts: [] };
    if (result.exitCode === 1)
        return { tree, conflicts: files.filter(Boolean) };
    throw new Error(`git merge-tree failed: ${result.stderr.trim()}`);
}

;// CONCATENATED MODULE: ./cli/src/local-release-facts.ts

const FIELD = '\x1f';
const RECORD = '\x1e';
/**
 * tag-release's facts read from a local clone: tags from the refs already read, commits from
 * `git log`. Pull requests are not in git: only the "Merge pull request #N" message is, so
 * labels are unknown and commits decide the bump.
 */
function createLocalReleaseFacts(git, refs) {
    return {
        resolveCommit: (ref) => git.tryRead(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]),
        listTags: (prefix) => Promise.resolve(refs.tags.filter((tag) => tag.name.startsWith(prefix))),
        readTaggedCommit: (tagObjectSha) => git.read(['rev-parse', `${tagObjectSha}^{commit}`]),
        async findPullRequest(sha) {
            const subject = await git.read(['log', '-1', '--format=%s%n%b', sha]);
            const match = /^Merge pull request #(\d+) from \S+\n+([^\n]*)/.exec(subject);
            return match
                ? { number: Number(match[1]), title: match[2] ?? '', url: '', labels: [] }
                : undefined;
        },
        // Labels live on GitHub, not in git: merge and squash titles name the pull requests.
        async listMergedPullRequests({ base, head }) {
            const out = await git.read([
                'log',
                `--format=%H${FIELD}%s${FIELD}%b${RECORD}`,
                `${base}..${head}`
            ]);
            const pulls = [];
            for (const record of out.split(RECORD)) {
                const [sha = '', subject = '', body = ''] = record.replace(/^\n/, '').split(FIELD);
                const merge = /^Merge pull request #(\d+) from \S+/.exec(subject);
                const squash = /^(.*) \(#(\d+)\)$/.exec(subject);
                if (merge)
                    pulls.push(localPull(Number(merge[1]), body.trim().split('\n', 1)[0] ?? '', sha));
                else if (squash)
                    pulls.push(localPull(Number(squash[2]), squash[1] ?? '', sha));
            }
            return pulls;
        },
        async locate(base, head) {
            const counts = await git.read(['rev-list', '--left-right', '--count', `${base}...${head}`]);
            const [behind = 0, ahead = 0] = counts.trim().split(/\s+/).map(Number);
            return statusFromCounts(ahead, behind);
        },
        // One `git log` over both sides: base's own commits are only counted, head's are the range.
        async compare(base, head) {
            const out = await git.read([
                'log',
                '--reverse',
                '--left-right',
                `--format=%m%H${FIELD}%P${FIELD}%cI${FIELD}%B${RECORD}`,
                `${base}...${head}`
            ]);
            let behind = 0;
            const commits = [];
            for (const record of out.split(RECORD)) {
                const entry = record.replace(/^\n/, '');
                if (!entry)
                    continue;
                if (entry.startsWith('<')) {
                    behind++;
                    continue;
                }
                const [sha = '', parents = '', date = '', message = ''] = entry.slice(1).split(FIELD);
                commits.push({
                    sha,
                    message: message.trim(),
                    parents: parents.split(' ').filter(Boolean),
                    date
                });
            }
            return { status: statusFromCounts(commits.length, behind), commits };
        }
    };
}
function localPull(number, title, mergeCommitSha) {
    return { number, title, url: '', labels: [], mergeCommitSha };
}

;// CONCATENATED MODULE: ./cli/src/read-first-release.ts
const read_first_release_FIELD = '\x1f';
const read_first_release_RECORD = '\x1e';
/** A first release's notes list its history up to here; a longer one says how much is left. */
const FIRST_RELEASE_COMMITS = 50;
/** The commits a first release is made of (newest first, at most FIRST_RELEASE_COMMITS), and their count. */
async function readFirstRelease(git, sha) {
    const [log, count] = await Promise.all([
        git.read([
            'log',
            `--max-count=${FIRST_RELEASE_COMMITS}`,
            `--format=%H${read_first_release_FIELD}%P${read_first_release_FIELD}%cI${read_first_release_FIELD}%B${read_first_release_RECORD}`,
            sha
        ]),
        git.read(['rev-list', '--count', sha])
    ]);
    const commits = [];
    for (const record of log.split(read_first_release_RECORD)) {
        const entry = record.replace(/^\n/, '');
        if (!entry)
            continue;
        const [commit = '', parents = '', date = '', message = ''] = entry.split(read_first_release_FIELD);
        commits.push({
            sha: commit,
            message: message.trim(),
            parents: parents.split(' ').filter(Boolean),
            date
        });
    }
    return { commits, total: Number(count) };
}

;// CONCATENATED MODULE: ./cli/src/plan.ts












// What merge-main's load-check job reads, at the released commit.
const plan_LOCUSTFILE = 'locustfile.py';
/** The plan for merging `options.from` into `options.into`, both branches among `refs`. */
async function computePlan(git, refs, options) {
    const fromSha = branchTip(refs, options.from);
    const intoSha = branchTip(refs, options.into);
    const production = options.into === 'main' || options.into === 'master';
    const facts = createLocalReleaseFacts(git, refs);
    // After the release, `into` is the merge of `from` into it: predict syncing that back. The
    // merge is read side by side with the rest, as are the targets' comparisons with it.
    const merged = mergeTree(git, intoSha, fromSha);
    const changed = git.read(['diff', '--name-only', '-z', `${intoSha}...${fromSha}`]);
    const syncing = merged.then((merge) => {
        const targets = options.syncTargets
            .filter((target) => target !== options.into)
            .map((target) => ({ target, tip: refs.branches.get(target) }));
        if (merge.conflicts.length > 0) {
            return predictSync(git, { commit: Promise.resolve(intoSha) }, targets);
        }
        // Written while the targets are compared with it; a target that needs no merge never waits.
        const commit = commitTree(git, merge.tree, intoSha, fromSha);
        commit.catch(() => undefined);
        return predictSync(git, { commit, mergeOf: [intoSha, fromSha] }, targets);
    });
    const releasing = planRelease({
        sha: fromSha,
        tagPrefix: options.tagPrefix,
        initialVersion: '0.1.0',
        bump: 'auto',
        defaultBump: 'patch',
        prerelease: ''
    }, facts);
    // The work tree is read while git works, once the git reads above have started.
    const hasOperators = (0,external_node_fs_.existsSync)(external_node_path_default().resolve(options.repo, options.operatorsDir));
    const discovering = Promise.resolve().then(() => hasOperators ? discoverOperators(options.repo, options.operatorsDir, '') : []);
    const locustfile = production
        ? git.tryRead(['cat-file', '-t', `${fromSha}:${plan_LOCUSTFILE}`])
        : Promise.resolve(undefined);
    const [releasePlan, diff, merge, targets, all, locustfileType] = await Promise.all([
        releasing,
        changed,
        merged,
        syncing,
        discovering,
        locustfile
    ]);
    const first = releasePlan.kind === 'release' && !releasePlan.previous
        ? await readFirstRelease(git, fromSha)
        : undefined;
    const release = describeRelease(releasePlan, first);
    const files = diff.split('\0').filter(Boolean);
    const selection = selectOperators(all, all, { kind: 'files', base: intoSha, files }, { changedOnly: true, sharedPaths: ['shared'] });
    const dockerInputs = imageInputs(options, production, release.next ?? '0.0.0');
    const runFacts = {
        sha: fromSha,
        serverUrl: 'https://github.com',
        repository: options.namespace,
        committedAt: ''
    };
    const build = selection.selected.map(({ operator, reason }) => {
        const image = planImage(operator, reason, dockerInputs, runFacts);
        return { operator: image.operator, image: image.image, tags: image.tags, reason };
    });
    const previous = production ? release.previous?.replace(/^\D*/, '') : undefined;
    const promote = previous
        ? selection.skipped.map(({ operator, reason }) => {
            const image = planImage(all.find((op) => op.name === operator), reason, dockerInputs, runFacts);
            return { operator, image: image.image, tags: image.tags, from: previous, reason };
        })
        : [];
    const repoName = options.origin?.name ?? external_node_path_default().basename(options.repo);
    const announced = release.outcome === 'release';
    const link = options.origin
        ? `${options.origin.serverUrl}/${options.origin.owner}/${options.origin.name}/actions`
        : null;
    const message = buildMessage({
        status: 'success',
        // Only a release to make is announced as one: a tagged version is not released again.
        title: announced
            ? `Release ${options.tagPrefix}${release.next} of ${repoName}`
            : `Merge into ${options.into} of ${repoName}`,
        message: release.reason,
        fields: [
            { key: 'Version', value: announced ? (release.next ?? 'none') : 'none' },
            { key: 'Images', value: build.map((b) => b.operator).join(', ') || 'none' },
            {
                key: 'Sync',
                value: targets.map((t) => `${t.target}: ${t.outcome}`).join(', ') || 'nothing to sync'
            }
        ],
        link: ''
    }, {
        repository: repoName,
        workflow: 'merge-main',
        runUrl: link ?? 'about:blank',
        actor: '',
        ref: options.into
    });
    const payload = link ? message : dropRunLink(message);
    return {
        repository: { path: options.repo, from: options.from, fromSha, into: options.into, intoSha },
        release,
        images: {
            environment: production ? 'production' : 'staging',
            build,
            promote,
            skip: promote.length > 0
                ? []
                : selection.skipped.map((s) => ({ operator: s.operator, reason: s.reason })),
            ...(hasOperators ? {} : { note: `no operators folder: no images (${options.operatorsDir})` })
        },
        sync: { source: options.into, releaseMergeConflicts: merge.conflicts, targets },
        ...(production
            ? { loadCheck: { locustfile: plan_LOCUSTFILE, found: locustfileType === 'blob' } }
            : {}),
        slack: {
            text: payload.text,
            payload,
            link,
            ...(link ? {} : { note: 'no GitHub origin remote: no link to the run' })
        }
    };
}
/** The notice without its run link (the context line keeps the workflow's name as text). */
function dropRunLink(message) {
    const blocks = message.blocks.map((block) => block.type === 'context' && block.elements
        ? {
            ...block,
            elements: block.elements.map((e) => ({
                ...e,
                text: e.text.replace(/^<[^|>]*\|([^>]*)>/, '$1')
            }))
        }
        : block);
    return { ...message, blocks };
}
function branchTip(refs, branch) {
    const sha = refs.branches.get(branch);
    if (!sha)
        throw new Error(`no branch "${branch}"`);
    return sha;
}
function describeRelease(plan, first) {
    const previous = plan.previous?.version ?? null;
    const commits = (first?.commits ?? plan.commits).map((c) => ({
        sha: c.sha.slice(0, 7),
        subject: c.message.split('\n', 1)[0] ?? ''
    }));
    if (plan.kind === 'skip') {
        return {
            outcome: 'skip',
            previous,
            next: null,
            bump: 'none',
            reason: plan.reason,
            commits,
            notes: ''
        };
    }
    if (plan.kind === 'tagged') {
        return {
            outcome: 'already-tagged',
            previous,
            next: plan.version,
            bump: describeBump(previous ?? undefined, plan.version),
            reason: `already tagged ${plan.tag}`,
            commits,
            notes: ''
        };
    }
    const previousTag = plan.previous?.name;
    const rest = first ? first.total - first.commits.length : 0;
    const notes = renderCommitNotes({
        tag: plan.tag,
        sha: plan.sha,
        previousTag,
        commits: first?.commits ?? plan.commits,
        compareUrl: previousTag ? `compare ${previousTag}...${plan.tag}` : undefined
    });
    return {
        outcome: 'release',
        previous,
        next: plan.version,
        // A first release is no step from a version: it starts at initial-version.
        bump: first ? 'first release' : plan.decision.bump,
        reason: plan.decision.reason,
        commits,
        notes: rest > 0 ? `${notes}\n- … and ${rest} earlier commit(s)` : notes
    };
}
function imageInputs(options, production, version) {
    return {
        registry: options.registry,
        namespace: options.namespace,
        username: '',
        password: '',
        operators: 'auto',
        operatorsDir: options.operatorsDir,
        imagePrefix: '',
        environment: production ? 'production' : 'staging',
        version: production ? version : '',
        devRequirementsArg: 'INSTALL_DEV',
        buildArgs: [],
        context: 'operator',
        changedOnly: true,
        base: '',
        sharedPaths: ['shared'],
        platforms: [],
        engine: 'docker',
        cache: 'none',
        push: false,
        maxParallel: 1,
        mode: 'plan',
        dryRun: true,
        requireVersionTag: false
    };
}
/** A commit object for a merged tree (no ref, no work tree: it only lives in the object store). */
async function commitTree(git, tree, ...parents) {
    const args = [
        'commit-tree',
        tree,
        ...parents.flatMap((p) => ['-p', p]),
        '-m',
        'release-actions plan: the release merge'
    ];
    const env = {
        GIT_AUTHOR_NAME: 'release-actions plan',
        GIT_AUTHOR_EMAIL: 'plan@release-actions.invalid',
        GIT_COMMITTER_NAME: 'release-actions plan',
        GIT_COMMITTER_EMAIL: 'plan@release-actions.invalid'
    };
    return (await git.run(args, { env })).stdout.trim();
}

;// CONCATENATED MODULE: ./cli/src/read-refs.ts
const read_refs_FIELD = '\x1f';
/** Every branch and tag in one `git for-each-ref`: the plan's other reads start from these. */
async function readRefs(git) {
    const out = await git.read([
        'for-each-ref',
        // No `%(*objectname)`: peeling opens every tag object, which doubles the time on 2,000 tags.
        `--format=${['%(HEAD)', '%(refname)', '%(objectname)', '%(objecttype)'].join(read_refs_FIELD)}`,
        'refs/heads',
        'refs/tags'
    ]);
    const refs = {
        branches: new Map(),
        current: undefined,
        tags: []
    };
    for (const line of out.split('\n')) {
        const [head, refname = '', sha = '', type] = line.split(read_refs_FIELD);
        if (refname.startsWith('refs/heads/')) {
            const branch = refname.slice('refs/heads/'.length);
            refs.branches.set(branch, sha);
            if (head === '*')
                refs.current = branch;
        }
        else if (refname.startsWith('refs/tags/')) {
            refs.tags.push({
                name: refname.slice('refs/tags/'.length),
                objectSha: sha,
                annotated: type === 'tag'
            });
        }
    }
    return refs;
}

;// CONCATENATED MODULE: ./cli/src/render-plan.ts
const plain = {
    bold: (t) => t,
    dim: (t) => t,
    green: (t) => t,
    yellow: (t) => t,
    red: (t) => t
};
const ansi = (code) => (text) => `\x1b[${code}m${text}\x1b[0m`;
const coloured = {
    bold: ansi(1),
    dim: ansi(2),
    green: ansi(32),
    yellow: ansi(33),
    red: ansi(31)
};
/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function chooseStyle(stream, env) {
    return stream.isTTY && !env.NO_COLOR && env.TERM !== 'dumb' ? coloured : plain;
}
function renderPlan(plan, style = plain) {
    const { release, images, sync, repository } = plan;
    const lines = [];
    const heading = (text) => lines.push('', style.bold(text));
    lines.push(style.bold(`release-actions plan: ${repository.from} (${repository.fromSha.slice(0, 7)}) into ${repository.into} (${repository.intoSha.slice(0, 7)})`));
    heading('Version');
    if (release.outcome === 'release') {
        lines.push(`  ${release.previous ?? 'none'} → ${style.green(release.next ?? '')} (${release.bump}): ${release.reason}`);
    }
    else {
        lines.push(`  ${style.yellow('no new version')}: ${release.reason}`);
    }
    for (const commit of release.commits)
        lines.push(style.dim(`    ${commit.sha} ${commit.subject}`));
    lines.push(style.dim('  (release:* labels live on GitHub, not in git: read here are conventional commits and merge and squash titles; a label can change the version)'));
    if (release.notes) {
        heading('Release notes (draft)');
        lines.push(...release.notes.split('\n').map((line) => `  ${line}`));
    }
    heading(`Images (${images.environment})`);
    if (images.note)
        lines.push(`  ${style.yellow(images.note)}`);
    else if (images.build.length === 0)
        lines.push('  nothing to build');
    for (const image of images.build) {
        lines.push(`  ${style.green(image.operator)} → ${image.image}:${image.tags.join(', ')}`);
        lines.push(style.dim(`    ${image.reason}`));
    }
    for (const image of images.promote) {
        lines.push(`  ${image.operator} → ${image.image}:${image.tags.join(', ')}`);
        lines.push(style.dim(`    promoted from ${image.from} (no rebuild): ${image.reason}`));
    }
    for (const skip of images.skip)
        lines.push(style.dim(`  ${skip.operator}: skipped, ${skip.reason}`));
    if (plan.loadCheck) {
        const { locustfile, found } = plan.loadCheck;
        heading('Load check');
        if (found)
            lines.push(`  load-check will run after the production deploy with ${locustfile}, against the PRODUCTION_URL variable (skipped when it is not set)`);
        else
            lines.push(`  ${style.yellow(`no ${locustfile} in ${repository.from}`)}: load-check, after the production deploy, would stop with an error (skipped when PRODUCTION_URL is not set)`);
    }
    heading(`Sync ${sync.source} back after the release`);
    if (sync.releaseMergeConflicts.length > 0) {
        lines.push(`  ${style.red('the release merge itself conflicts')}: ${sync.releaseMergeConflicts.join(', ')}`);
    }
    for (const target of sync.targets) {
        const outcome = target.outcome === 'conflict'
            ? style.red('conflict')
            : target.outcome === 'missing'
                ? style.yellow('missing')
                : style.green(target.outcome);
        lines.push(`  ${target.target}: ${outcome}${target.conflicts.length > 0 ? ` in ${target.conflicts.join(', ')} (a pull request would be opened)` : ''}`);
    }
    if (plan.gate) {
        const gate = plan.gate;
        heading('Security gate');
        const mark = gate.outcome === 'pass' ? style.green('pass') : style.red(gate.outcome);
        lines.push(`  ${mark}: ${gate.blocking.length} blocking of ${gate.findings} finding(s), with ${gate.ran.join(', ') || 'no scanner'}`);
        if (gate.notInstalled.length > 0)
            lines.push(`    ${style.red(`not installed: ${gate.notInstalled.join(', ')}`)}`);
        for (const b of gate.blocking)
            lines.push(`    ${b.rule} ${b.where} ${b.what}`);
        for (const e of gate.errors)
            lines.push(`    ${style.red(e)}`);
    }
    heading('Slack');
    lines.push(...renderSlackText(plan.slack.payload).map((line) => `  ${line}`));
    if (plan.slack.note)
        lines.push(style.dim(`  (${plan.slack.note})`));
    return `${lines.join('\n')}\n`;
}
/** The message as a person would read it: header, text, fields, footer; links as `text (url)`. */
function renderSlackText(message) {
    const lines = [];
    for (const block of (message.blocks ?? [])) {
        if (block.text)
            lines.push(unescapeSlack(block.text.text));
        for (const field of block.fields ?? [])
            lines.push(unescapeSlack(field.text).replace('\n', ' '));
        for (const element of block.elements ?? [])
            lines.push(unescapeSlack(element.text));
    }
    return lines;
}
function unescapeSlack(text) {
    return text
        .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./cli/src/use-scratch-objects.ts



/**
 * Runs `work` with a runner whose git writes objects (the predicted merges) into a temporary
 * object directory, reading the repository's own through GIT_ALTERNATE_OBJECT_DIRECTORIES; the
 * temporary directory is removed afterwards, so the repository's object store is left untouched.
 */
async function useScratchObjects(run, repoObjects, work) {
    const scratch = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'release-actions-objects-'));
    const env = { GIT_OBJECT_DIRECTORY: scratch, GIT_ALTERNATE_OBJECT_DIRECTORIES: repoObjects };
    const scratchRun = (command, args, options = {}) => run(command, args, { ...options, env: { ...options.env, ...env } });
    try {
        return await work(scratchRun);
    }
    finally {
        await (0,promises_namespaceObject.rm)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./cli/src/main.ts













const USAGE = `Usage: release-actions plan [--repo PATH] [--from BRANCH] [--into BRANCH] [--gate] [--json]

Shows, from the local git repository alone, what merging --from into --into will do: the next
version and its notes, the operator images to build, the sync of --into back into development
and security/hotfix (with conflicts), and the Slack notice. Needs git 2.38 or later; the
repository is left as it was (no ref, file or object written).

  --repo PATH        the git checkout (default: the current folder)
  --from BRANCH      what is merged (default: the current branch; development when that is --into)
  --into BRANCH      where it is merged (default: main)
  --operators-dir D  the operators folder (default: operators; none there: no images)
  --tag-prefix TEXT  prefix of version tags (default: v)
  --registry HOST    image registry (default: docker.io)
  --namespace NAME   image namespace (default: the repository folder's name)
  --gate             also run the security gate here, with bandit and pip-audit from PATH; like
                     the action, a missing tool is an error (exit 1 unless the gate passes)
  --json             one JSON document instead of the report
  -h, --help         this text

Usage: release-actions init --from SOURCE@REF [--uses OWNER/REPO] [--repo PATH] [--force] [--dry-run]

Writes the starter workflows into .github/workflows/ with every action of this collection pinned
to the commit REF names (uses: OWNER/REPO/actions/NAME@SHA # REF), deploy/ from examples/deploy,
and, when absent, .security-allowlist.yml and locustfile.py; then lists what is left to do in
GitHub's settings. A file that differs from what init writes is only overwritten with --force.

  --from SOURCE@REF  the copy of release-actions and its version tag (not a branch: Dependabot
                     updates only a SHA pinned from a tag): OWNER/REPO@v1 (GitHub), or a git URL
                     or absolute path with --uses (e.g. /srv/release-actions.git@v1)
  --uses OWNER/REPO  the repository the uses: lines name (default: the GitHub OWNER/REPO of --from)
  --repo PATH        the target git checkout (default: the current folder)
  --registry HOST    IMAGE_REGISTRY of the workflows (default: ghcr.io)
  --namespace NAME   IMAGE_NAMESPACE (default: the owner of the GitHub origin remote)
  --force            overwrite files that differ
  --dry-run          print the diff of each file it would write; write nothing
`;
/** Runs the CLI; returns the exit code (0 done, 2 bad usage or input, 1 anything else). */
async function main(argv, io) {
    if (argv[0] === 'init')
        return runInit(argv.slice(1), io, USAGE);
    let args;
    try {
        args = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                repo: { type: 'string' },
                from: { type: 'string' },
                into: { type: 'string', default: 'main' },
                'tag-prefix': { type: 'string', default: 'v' },
                registry: { type: 'string', default: 'docker.io' },
                namespace: { type: 'string' },
                'operators-dir': { type: 'string' },
                json: { type: 'boolean', default: false },
                gate: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            }
        });
    }
    catch (error) {
        return fail(io, `${(0,errors/* errorMessage */.gJ)(error)} (see --help)`);
    }
    if (args.values.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    const command = args.positionals[0] ?? 'plan';
    if (command !== 'plan' || args.positionals.length > 1)
        return fail(io, `unknown command "${args.positionals.join(' ')}"; the commands are: plan, init (see --help)`);
    const run = io.run ?? execFileRunner;
    const gitProblem = await checkGitVersion(run);
    if (gitProblem)
        return fail(io, gitProblem);
    const repo = external_node_path_default().resolve(io.cwd, args.values.repo ?? '.');
    const git = (0,lib_git/* createGit */.l)({ cwd: repo, runner: run });
    const [inside, refs] = (0,external_node_fs_.existsSync)(repo)
        ? await Promise.all([
            git.tryRead(['rev-parse', '--is-inside-work-tree']),
            readRefs(git).catch(() => undefined)
        ])
        : [];
    if (inside !== 'true' || !refs) {
        return fail(io, `${repo} is not a git repository (pass --repo PATH)`);
    }
    const into = args.values.into;
    // On the branch merged into, the usual merge is development's.
    const from = args.values.from ?? (refs.current === into ? 'development' : refs.current);
    if (!from)
        return fail(io, 'HEAD is not on a branch: pass --from BRANCH');
    if (from === into)
        return fail(io, `--from and --into are both "${into}": pass the branch to merge, e.g. --from development`);
    const missing = [from, into].find((branch) => !refs.branches.has(branch));
    if (missing)
        return fail(io, `no branch "${missing}" in ${repo}`);
    const operatorsDir = args.values['operators-dir'] ?? 'operators';
    if (args.values['operators-dir'] !== undefined && !main_isFolder(external_node_path_default().resolve(repo, operatorsDir)))
        return fail(io, `no operators folder "${operatorsDir}" in ${repo} (--operators-dir)`);
    try {
        const [objects, origin] = await Promise.all([
            git.read(['rev-parse', '--git-path', 'objects']).then((dir) => external_node_path_default().resolve(repo, dir)),
            readOrigin(git)
        ]);
        const [plan, gate] = await useScratchObjects(run, objects, (scratchRun) => {
            const scratchGit = (0,lib_git/* createGit */.l)({ cwd: repo, runner: scratchRun });
            return Promise.all([
                computePlan(scratchGit, refs, {
                    repo,
                    from,
                    into,
                    tagPrefix: args.values['tag-prefix'],
                    registry: args.values.registry,
                    namespace: (args.values.namespace ?? external_node_path_default().basename(repo))
                        .toLowerCase()
                        .replace(/[^a-z0-9._-]/g, '-'),
                    operatorsDir,
                    syncTargets: ['development', 'security/hotfix'],
                    origin
                }),
                args.values.gate ? runGate(repo, run) : undefined
            ]);
        });
        const full = gate ? { ...plan, gate } : plan;
        io.stdout.write(args.values.json
            ? `${JSON.stringify(full, null, 2)}\n`
            : renderPlan(full, chooseStyle(io.stdout, io.env)));
        return gate && gate.outcome !== 'pass' ? 1 : 0;
    }
    catch (error) {
        io.stderr.write(`release-actions: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 1;
    }
}
// Evaluated only with --gate, so a plain plan does not pay for the gate and its YAML parser.
// "eager" keeps it in the one bundle file: ncc's licenses.txt covers only one chunk.
async function runGate(repo, run) {
    const { runGateLocally } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 884));
    return runGateLocally(repo, run);
}
function main_isFolder(folder) {
    return (0,external_node_fs_.existsSync)(folder) && (0,external_node_fs_.statSync)(folder).isDirectory();
}
function fail(io, message) {
    io.stderr.write(`release-actions: ${message}\n`);
    return 2;
}


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runGateLocally: () => (/* binding */ runGateLocally)
});

// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js + 1 modules
var io = __nccwpck_require__(5366);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/security-gate/src/install-tools.ts


/** The versions installed when a tool is missing and `install-tools` is true. */
const PINNED = { bandit: '1.9.4', 'pip-audit': '2.10.0' };
/** Finds `tool` on PATH; undefined when it is not there. */
async function findTool(tool) {
    return (await (0,io/* which */.K7)(tool, false)) || undefined;
}
/**
 * Installs the missing tools at their pinned versions into a private virtualenv (never into the
 * system Python, which runners mark as externally managed), and returns their executables.
 */
async function installTools(tools, context) {
    const venv = external_node_path_default().join(context.tempDir, 'security-gate-tools');
    const specs = tools.map((tool) => `${tool}==${PINNED[tool]}`);
    context.log(`Installing ${specs.join(' and ')} into ${venv}`);
    await context.run('python3', ['-m', 'venv', venv], { silent: true });
    await context.run(external_node_path_default().join(venv, 'bin', 'pip'), ['install', '--disable-pip-version-check', '--quiet', ...specs], { silent: true });
    return Object.fromEntries(tools.map((tool) => [tool, external_node_path_default().join(venv, 'bin', tool)]));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/lib/errors.ts + 2 modules
var errors = __nccwpck_require__(3898);
;// CONCATENATED MODULE: ./actions/security-gate/src/glob.ts
/** `anchorAlways`: a pattern without `/` names a file at the top (`requirements.txt`), not anywhere. */
function matchesGlob(file, pattern, anchorAlways = false) {
    const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    const tokens = tokenize(trimmed);
    const anchored = anchorAlways || trimmed.includes('/');
    const path = normalizePath(file);
    const end = tokens.length * 2;
    // State 2i: about to match token i; 2i+1: inside token i's `**/`, which must end on a `/`.
    let states = new Set();
    const enter = (set, state) => {
        for (let s = state; !set.has(s);) {
            set.add(s);
            const token = tokens[s / 2];
            if (s % 2 === 1 ||
                !token ||
                (token.kind !== 'star' && token.kind !== 'globstar' && token.kind !== 'folders'))
                return;
            s += 2; // `*`, `**` and `**/` may match nothing
        }
    };
    for (let i = 0;; i++) {
        if (i === 0 || (!anchored && path[i - 1] === '/'))
            enter(states, 0);
        if (states.has(end) && (i === path.length || path[i] === '/'))
            return true;
        if (i === path.length)
            return false;
        const char = path[i];
        const next = new Set();
        for (const state of states) {
            const token = tokens[Math.floor(state / 2)];
            if (!token)
                continue;
            if (state % 2 === 1) {
                next.add(state);
                if (char === '/')
                    enter(next, state + 1);
                continue;
            }
            if (token.kind === 'char' && token.char === char)
                enter(next, state + 2);
            else if (token.kind === 'one' && char !== '/')
                enter(next, state + 2);
            else if (token.kind === 'class' && inClass(token, char))
                enter(next, state + 2);
            else if (token.kind === 'star' && char !== '/')
                enter(next, state);
            else if (token.kind === 'globstar')
                enter(next, state);
            else if (token.kind === 'folders') {
                next.add(state + 1);
                if (char === '/')
                    enter(next, state + 2);
            }
        }
        states = next;
    }
}
function tokenize(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        const charClass = char === '[' ? readClass(pattern, i) : undefined;
        if (charClass) {
            tokens.push(charClass.token);
            i = charClass.end;
        }
        else if (char === '*' && pattern[i + 1] === '*') {
            const slash = pattern[i + 2] === '/';
            tokens.push({ kind: slash ? 'folders' : 'globstar' });
            i += slash ? 2 : 1;
        }
        else if (char === '*')
            tokens.push({ kind: 'star' });
        else if (char === '?')
            tokens.push({ kind: 'one' });
        else
            tokens.push({ kind: 'char', char });
    }
    return tokens;
}
/** `[…]` from `start`: the class and the index of its `]`; none when unterminated (a literal `[`). */
function readClass(pattern, start) {
    let i = start + 1;
    const negated = pattern[i] === '!' || pattern[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    // A `]` right after the opening (or its `!`) is a member, as in POSIX.
    for (let first = true; i < pattern.length && (first || pattern[i] !== ']'); first = false) {
        const low = pattern[i];
        if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
            ranges.push([low, pattern[i + 2]]);
            i += 3;
        }
        else {
            ranges.push([low, low]);
            i++;
        }
    }
    if (i >= pattern.length)
        return undefined;
    return { token: { kind: 'class', negated, ranges }, end: i };
}
function inClass(token, char) {
    if (char === '/')
        return false;
    return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
}
function normalizePath(file) {
    return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

;// CONCATENATED MODULE: ./actions/security-gate/src/parse-pip-audit.ts
/** Reads `pip-audit -f json` (2.x). `file` is the requirements file it audited. */
function parsePipAuditJson(text, file, requirements = '') {
    const data = JSON.parse(text);
    if (!Array.isArray(data.dependencies))
        throw new Error('pip-audit output has no "dependencies" list');
    const findings = [];
    const skipped = [];
    for (const dependency of data.dependencies) {
        const name = dependency.name ?? '';
        if (dependency.skip_reason) {
            skipped.push({ name, reason: dependency.skip_reason });
            continue;
        }
        for (const vuln of dependency.vulns ?? []) {
            findings.push({
                tool: 'pip-audit',
                ruleId: vuln.id ?? 'UNKNOWN',
                aliases: vuln.aliases ?? [],
                ruleName: name,
                message: firstSentence(vuln.description ?? ''),
                severity: 'UNDEFINED',
                confidence: 'UNDEFINED',
                file,
                line: findRequirementLine(requirements, name),
                column: undefined,
                endLine: undefined,
                endColumn: undefined,
                snippet: `${name}==${dependency.version ?? ''}`,
                package: { name, version: dependency.version ?? '' },
                fixVersions: vuln.fix_versions ?? [],
                moreInfo: vulnerabilityUrl(vuln.id ?? ''),
                cwe: undefined,
                state: 'blocking',
                note: undefined
            });
        }
    }
    return { findings, skipped };
}
/** PEP 503: names compare lower-case with runs of `-`, `_` and `.` as one `-`. */
function normalizePackageName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function findRequirementLine(requirements, name) {
    const wanted = normalizePackageName(name);
    const lines = requirements.split(/\r?\n/);
    const index = lines.findIndex((line) => {
        const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
        return match?.[1] !== undefined && normalizePackageName(match[1]) === wanted;
    });
    return index === -1 ? 1 : index + 1;
}
function firstSentence(text) {
    const end = text.search(/\.\s/);
    return (end === -1 ? text : text.slice(0, end + 1)).slice(0, 300);
}
function vulnerabilityUrl(id) {
    if (id.startsWith('GHSA-'))
        return `https://github.com/advisories/${id}`;
    if (id)
        return `https://osv.dev/vulnerability/${id}`;
    return undefined;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/allowlist.ts




const KEYS = new Set(['id', 'path', 'package', 'reason', 'expires']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Parses the allowlist file; any malformed entry is a ConfigurationError naming its line. */
function parseAllowlist(text, file, today) {
    const { entries, problems } = readAllowlist(text, file, today);
    if (problems.length > 0)
        throw new errors/* ConfigurationError */.j1(problems.join('; '));
    return entries;
}
/**
 * Reads every entry it can: a malformed one is a problem (naming the file and line), not an
 * exception, so a caller can decide (the base commit's file: the entry just does not count).
 * `expires` must be a real date no later than one year after `today` (UTC).
 */
function readAllowlist(text, file, today) {
    const lines = new dist.LineCounter();
    const doc = dist.parseDocument(text, { lineCounter: lines });
    const lineOf = (offset) => offset === undefined ? 1 : lines.linePos(offset).line;
    const firstError = doc.errors[0];
    if (firstError) {
        const line = firstError.linePos?.[0].line;
        return {
            entries: [],
            problems: [
                `${file}${line ? ` line ${line}` : ''} is not valid YAML: ${firstError.message.split('\n')[0]}`
            ]
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        return { entries: [], problems: [`${file} is not valid YAML: ${error.message}`] };
    }
    if (data === null || data === undefined)
        return { entries: [], problems: [] };
    if (!Array.isArray(data) || !(0,dist.isSeq)(doc.contents)) {
        return {
            entries: [],
            problems: [`${file} must be a YAML list of entries (- id: B602 …).`]
        };
    }
    const nodes = doc.contents.items;
    const entries = [];
    const problems = [];
    data.forEach((raw, index) => {
        const node = nodes[index];
        const start = lineOf(rangeOf(node)?.[0]);
        const keyLine = (key) => {
            if (!(0,dist.isMap)(node))
                return start;
            const pair = node.items.find((p) => (0,dist.isScalar)(p.key) && p.key.value === key);
            return lineOf(rangeOf(pair?.value ?? null)?.[0] ?? rangeOf(pair?.key ?? null)?.[0]);
        };
        const result = readEntry(raw, file, start, keyLine, today);
        if (typeof result === 'string')
            problems.push(result);
        else
            entries.push(result);
    });
    return { entries, problems };
}
function rangeOf(node) {
    return node?.range ?? undefined;
}
/** The entry, or what is wrong with it. */
function readEntry(raw, file, start, keyLine, today) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw instanceof Date) {
        return `${file} line ${start} is not a mapping with id, reason and expires.`;
    }
    const entry = raw;
    const named = typeof entry.id === 'string' && entry.id.trim() !== '';
    const at = (line) => `${file} line ${line}${named ? ` (${String(entry.id).trim()})` : ''}`;
    const label = at(start);
    const unknown = Object.keys(entry).filter((key) => !KEYS.has(key));
    if (unknown.length > 0) {
        return `${at(keyLine(unknown[0]))} has unknown key(s) ${unknown.join(', ')}; accepted: id, path, package, reason, expires.`;
    }
    const text = (key) => {
        const value = entry[key];
        return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const id = text('id');
    if (!id)
        return `${label} has no "id" (a bandit test id such as B602, or a vulnerability id).`;
    const reason = text('reason');
    if (!reason)
        return `${label} has no "reason": say why it is safe to allow.`;
    // A YAML 1.1 document (`%YAML 1.1`) reads an unquoted 2026-01-31 as a date.
    const expires = entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : text('expires');
    if (!expires || !isDate(expires)) {
        return `${entry.expires === undefined ? label : at(keyLine('expires'))} needs "expires" as a date YYYY-MM-DD.`;
    }
    const latest = latestExpiry(today);
    if (expires > latest) {
        return `${at(keyLine('expires'))}: expires ${expires} is more than a year ahead (latest accepted: ${latest}).`;
    }
    const path = text('path');
    const pkg = text('package');
    if (path && pkg)
        return `${label} has both "path" and "package"; accepted: one of them.`;
    return { label, line: start, id, path, package: pkg, reason, expires };
}
/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
function isDate(value) {
    if (!DATE.test(value))
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/**
 * The latest `expires` accepted on `today` (both `YYYY-MM-DD`, UTC): the same day a year later;
 * from a 29 February, the 28th of the next (common) year.
 */
function latestExpiry(today) {
    const [year, month, day] = today.split('-').map(Number);
    const next = year + 1;
    const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0;
    const lastDay = month === 2 && day === 29 && !leap ? 28 : day;
    return `${String(next).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
/**
 * Compares the checked-out allowlist with the base commit's. An entry counts as the same when
 * id, path, package, reason and expires are all equal (where it sits in the file does not matter).
 */
function diffAllowlists(head, base) {
    const key = (e) => JSON.stringify([e.id, e.path, e.package, e.reason, e.expires]);
    const scope = (e) => JSON.stringify([e.id.toUpperCase(), e.path, e.package]);
    const headKeys = new Set(head.map(key));
    const baseKeys = new Set(base.map(key));
    const removed = base.filter((e) => !headKeys.has(key(e)));
    const removedScopes = new Set(removed.map(scope));
    const diff = { unchanged: [], added: [], changed: [], removed };
    for (const entry of head) {
        if (baseKeys.has(key(entry)))
            diff.unchanged.push(entry);
        else if (removedScopes.has(scope(entry)))
            diff.changed.push(entry);
        else
            diff.added.push(entry);
    }
    return diff;
}
/**
 * Marks findings matched by an unexpired entry as allowed; a finding whose only match expired
 * stays blocking and says so, as does one that only a pending (proposed, not counted) entry
 * would allow. `today` is `YYYY-MM-DD` (UTC).
 */
function applyAllowlist(findings, entries, today, pending = { entries: [], exceptionLabel: '' }) {
    const used = new Set();
    const expired = new Set();
    const result = findings.map((finding) => {
        const matches = entries.filter((entry) => matchesEntry(finding, entry));
        const proposals = pending.entries.filter((entry) => matchesEntry(finding, entry));
        matches.forEach((entry) => used.add(entry));
        proposals.forEach((entry) => used.add(entry));
        if (finding.state !== 'blocking')
            return finding;
        const live = matches.find((entry) => entry.expires >= today);
        if (live)
            return {
                ...finding,
                state: 'allowed',
                note: `allowed until ${live.expires}${live.proposed ? ` by ${live.label}, proposed by this pull request and counted for its "${pending.exceptionLabel}" label` : ''}: ${live.reason}`
            };
        const notes = [];
        const dead = matches[0];
        if (dead) {
            expired.add(dead);
            notes.push(`allowlist ${dead.label} expired on ${dead.expires}`);
        }
        const proposal = proposals.find((entry) => entry.expires >= today);
        if (proposal) {
            notes.push(`${proposal.label} is proposed by this pull request and would allow it once a maintainer sets the "${pending.exceptionLabel}" label`);
        }
        if (notes.length === 0)
            return finding;
        return { ...finding, state: 'blocking', note: notes.join('; ') };
    });
    const all = [...entries, ...pending.entries];
    return {
        findings: result,
        stale: all.filter((entry) => !used.has(entry)),
        expired: [...expired]
    };
}
function matchesEntry(finding, entry) {
    const ids = [finding.ruleId, ...finding.aliases].map((id) => id.toUpperCase());
    if (!ids.includes(entry.id.toUpperCase()))
        return false;
    if (entry.path && !matchesGlob(finding.file, entry.path))
        return false;
    if (entry.package) {
        if (!finding.package)
            return false;
        return normalizePackageName(finding.package.name) === normalizePackageName(entry.package);
    }
    return true;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/security-gate/src/discover-requirements.ts



/**
 * Folders never scanned when the workspace is no git work tree: VCS data, virtualenvs, caches and
 * vendored JavaScript. In a git work tree the tracked files are scanned instead, whatever their
 * folders are called (a real virtualenv is never committed; code committed under `venv/` is code).
 */
const ALWAYS_EXCLUDED = [
    '.git',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    'node_modules',
    '__pycache__',
    'site-packages',
    '.eggs'
];
/** Left out: under a folder of ALWAYS_EXCLUDED (unless `folderNames` is false), or matching an `exclude` glob. */
function isExcluded(file, exclude, folderNames = true) {
    const normal = normalizePath(file);
    const parts = normal.split('/');
    if (folderNames && parts.some((part) => ALWAYS_EXCLUDED.includes(part)))
        return true;
    return exclude.some((pattern) => matchesGlob(normal, pattern));
}
/** The name `auto` takes: `requirements*.txt`. */
function isRequirementsName(name) {
    return /^requirements.*\.txt$/.test(name);
}
/**
 * Requirements files under `root`, relative to `workspace`: every `requirements*.txt` for
 * `auto`, else the files and globs given. Sorted, so reports are stable. `tracked`, in a git work
 * tree, holds the tracked `requirements*.txt` under `root` (minus `exclude`), which `auto` takes
 * as they are; files and globs given are looked for in the folders, as outside git.
 */
function discoverRequirements(root, workspace, wanted, exclude, tracked) {
    if (tracked && wanted === 'auto')
        return [...tracked].sort();
    const files = [];
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const full = external_node_path_default().join(dir, entry.name);
            const relative = normalizePath(external_node_path_default().relative(workspace, full));
            if (isExcluded(relative, exclude))
                continue;
            if (entry.isDirectory())
                walk(full);
            else if (entry.isFile() && isWanted(relative, entry.name, wanted))
                files.push(relative);
        }
    };
    walk(root);
    return files.sort();
}
function isWanted(relative, name, wanted) {
    if (wanted === 'auto')
        return isRequirementsName(name);
    return wanted.some((pattern) => matchesGlob(relative, pattern, true));
}
/** Every requirement pinned with `==` (or hashed): pip-audit can skip resolving, so no package code runs. */
function isFullyPinned(requirements) {
    const lines = requirements
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
        .filter((line) => line !== '' && !line.startsWith('--hash'));
    return (lines.length > 0 &&
        lines.every((line) => /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?\s*==\s*[^\s;,]+(\s*;.*)?(\s*\\)?$/.test(line) ||
            /^--hash=/.test(line)));
}

;// CONCATENATED MODULE: ./actions/security-gate/src/findings.ts
const LEVELS = ['UNDEFINED', 'LOW', 'MEDIUM', 'HIGH'];
function compareLevels(a, b) {
    return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}
function toLevel(value) {
    const upper = String(value ?? '').toUpperCase();
    return LEVELS.includes(upper) ? upper : 'UNDEFINED';
}
/** Where an operator's findings are counted: `operators/<name>/…` → name, else the top folder. */
function groupOf(file) {
    const operator = /(?:^|\/)operators\/([^/]+)\//.exec(file);
    if (operator?.[1])
        return operator[1];
    const slash = file.indexOf('/');
    return slash === -1 ? '.' : file.slice(0, slash);
}

// EXTERNAL MODULE: ./node_modules/semver/functions/coerce.js
var coerce = __nccwpck_require__(5385);
var coerce_default = /*#__PURE__*/__nccwpck_require__.n(coerce);
// EXTERNAL MODULE: ./node_modules/semver/functions/lt.js
var lt = __nccwpck_require__(3872);
var lt_default = /*#__PURE__*/__nccwpck_require__.n(lt);
;// CONCATENATED MODULE: ./actions/security-gate/src/locate-tools.ts



/** The oldest release of each tool whose verdict the gate trusts, and why. */
const MINIMUM = {
    bandit: {
        version: '1.7.5',
        // Older releases look for the `ast.Str` nodes Python 3.8 stopped producing.
        why: 'older bandit never runs B104, B105, B108 and B608 on Python 3.8 and later'
    }
};
/**
 * Finds each wanted tool on PATH and checks its version; a missing or too old one is installed at
 * the pinned version when `install` is true, and is an error otherwise.
 */
async function locateTools(wanted, install, context) {
    const located = { commands: {}, versions: [], errors: [], notes: [] };
    const toInstall = [];
    for (const tool of wanted) {
        const command = await findTool(tool);
        if (!command) {
            if (install)
                toInstall.push(tool);
            else
                located.errors.push(`${tool} is not installed (install-tools is false)`);
            continue;
        }
        const version = await readVersion(command, context.run);
        const problem = checkVersion(tool, version);
        if (!problem) {
            located.commands[tool] = command;
            located.versions.push({ name: tool, version });
        }
        else if (install) {
            located.notes.push(`${problem}; installed ${tool} ${PINNED[tool]} for this run instead`);
            toInstall.push(tool);
        }
        else {
            located.errors.push(`${problem}. Install ${tool} ${MINIMUM[tool]?.version ?? PINNED[tool]} or later (\`pip install ${tool}==${PINNED[tool]}\`), or set install-tools: true`);
        }
    }
    if (toInstall.length > 0) {
        const installed = await installTools(toInstall, context);
        for (const tool of toInstall) {
            const command = installed[tool];
            located.commands[tool] = command;
            located.versions.push({ name: tool, version: await readVersion(command, context.run) });
        }
    }
    located.versions.sort((a, b) => wanted.indexOf(a.name) - wanted.indexOf(b.name));
    return located;
}
/** Why `version` of `tool` is not trusted, or undefined when it is. */
function checkVersion(tool, version) {
    const minimum = MINIMUM[tool];
    if (!minimum)
        return undefined;
    const found = coerce_default()(version);
    if (!found)
        return `${tool} on PATH did not say its version ("${version}")`;
    if (lt_default()(found, minimum.version)) {
        return `${tool} ${version} on PATH is older than ${minimum.version}, the oldest the gate supports: ${minimum.why}`;
    }
    return undefined;
}
async function readVersion(command, run) {
    const result = await run(command, ['--version'], { allowFailure: true, silent: true });
    const match = /(\d+\.\d+(?:\.\d+)?)/.exec(result.stdout);
    return match?.[1] ?? 'unknown';
}

;// CONCATENATED MODULE: ./actions/security-gate/src/parse-bandit.ts


/**
 * Reads `bandit -f json` from 1.6.2 (no `issue_cwe`, no `col_offset`) to 1.9.x. Throws when the
 * text is not a bandit report, which the gate treats as a tool error.
 */
function parseBanditJson(text) {
    const data = JSON.parse(text);
    if (!Array.isArray(data.results) || !Array.isArray(data.errors)) {
        throw new Error('bandit output has no "results" and "errors" lists');
    }
    return {
        findings: data.results.map(toFinding),
        errors: data.errors.map((e) => ({
            file: normalizePath(e.filename ?? ''),
            reason: e.reason ?? 'unknown error'
        })),
        suppressed: readSuppressed(data.metrics)
    };
}
/** `_totals` and the per-file entries of bandit's `metrics` (absent or malformed: nothing). */
function readSuppressed(metrics) {
    const count = (entry) => {
        const { nosec, skipped_tests } = (entry ?? {});
        return ((typeof nosec === 'number' && nosec > 0 ? nosec : 0) +
            (typeof skipped_tests === 'number' && skipped_tests > 0 ? skipped_tests : 0));
    };
    if (typeof metrics !== 'object' || metrics === null)
        return { total: 0, files: [] };
    const entries = Object.entries(metrics);
    const files = entries
        .filter(([name, entry]) => name !== '_totals' && count(entry) > 0)
        .map(([name]) => normalizePath(name));
    const totals = metrics._totals;
    return { total: Math.max(count(totals), files.length), files: files.sort() };
}
function toFinding(result) {
    const line = result.line_number ?? 1;
    return {
        tool: 'bandit',
        ruleId: result.test_id ?? 'B000',
        aliases: [],
        ruleName: result.test_name ?? '',
        message: result.issue_text ?? '',
        severity: toLevel(result.issue_severity),
        confidence: toLevel(result.issue_confidence),
        file: normalizePath(result.filename ?? ''),
        line,
        ...banditRegion(result, line),
        snippet: readSnippetLine(result.code ?? '', line),
        package: undefined,
        fixVersions: [],
        moreInfo: result.more_info,
        cwe: result.issue_cwe?.id,
        state: 'blocking',
        note: undefined
    };
}
/**
 * Where a finding starts and ends, from bandit's own fields only: it starts at `line_number`,
 * column `col_offset` (0-based), and ends on the last line of `line_range`, column
 * `end_col_offset` (0-based, exclusive, on that end line, like Python's AST). SARIF counts
 * columns from 1. A finding over several lines must not take the end line's column as the first
 * line's. What bandit does not know is left out, never guessed: 1.6 has no columns; bandit's
 * `Issue` defaults are `col_offset` -1 and `end_col_offset` 0 for "unknown"; without a
 * `line_range` there is no end at all; an end before the start is dropped.
 */
function banditRegion(result, line) {
    const column = typeof result.col_offset === 'number' && result.col_offset >= 0
        ? result.col_offset + 1
        : undefined;
    const range = Array.isArray(result.line_range) ? result.line_range : [];
    const last = range[range.length - 1];
    const endLine = typeof last === 'number' && last >= line ? last : undefined;
    let endColumn = endLine !== undefined && typeof result.end_col_offset === 'number' && result.end_col_offset > 0
        ? result.end_col_offset + 1
        : undefined;
    if (endLine === line && endColumn !== undefined && column !== undefined && endColumn < column) {
        endColumn = undefined;
    }
    return { column, endLine, endColumn };
}
/** Bandit's `code` is numbered lines ("3     subprocess.call(...)"): the flagged one, unnumbered. */
function readSnippetLine(code, line) {
    for (const text of code.split('\n')) {
        const match = /^(\d+) (.*)$/.exec(text);
        if (match && Number(match[1]) === line)
            return (match[2] ?? '').trim();
    }
    return '';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: ./src/lib/exec.ts + 7 modules
var exec = __nccwpck_require__(2238);
;// CONCATENATED MODULE: ./actions/security-gate/src/run-timed.ts


/**
 * Runs a scanner (argv, never a shell) with its output collected, and kills it with everything it
 * started (its own process group) once it runs past `timeoutMs`. @actions/exec cannot stop a
 * command, hence a spawn of our own.
 */
const runTimed = (command, args, { cwd, timeoutMs, env }) => new Promise((resolve, reject) => {
    const group = process.platform !== 'win32';
    const child = (0,external_node_child_process_.spawn)(command, args, {
        cwd,
        detached: group,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(env ? { env: { ...process.env, ...env } } : {})
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    let settled = false;
    const finish = (code, signal) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        resolve({
            exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
            timedOut
        });
    };
    const timer = setTimeout(() => {
        timedOut = true;
        (0,exec/* killProcessGroup */.$X)(child, group);
    }, timeoutMs);
    child.on('error', (error) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        reject(error);
    });
    // 'close' waits for the pipes; once killed, 'exit' is enough (a stray holder must not hang us).
    child.on('exit', (code, signal) => {
        if (!timedOut)
            return;
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code, signal);
    });
    child.on('close', finish);
});
function signalNumber(signal) {
    return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : 0;
}
/** `10 minutes`, or the milliseconds when a test set a limit below a minute. */
function describeLimit(timeoutMs) {
    const minutes = timeoutMs / 60_000;
    return Number.isInteger(minutes)
        ? `timeout-minutes ${minutes} (${minutes} minute${minutes === 1 ? '' : 's'})`
        : `a limit of ${timeoutMs} ms`;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/run-scanners.ts







/** Targets per bandit run: far below ARG_MAX (2 MiB on Linux, with the environment). */
const CHUNK = { files: 1_000, bytes: 100_000 };
/**
 * bandit over `targets`, with its `# nosec` suppressions made visible: when its metrics say it
 * left something out for a `# nosec` comment, the files concerned are scanned again with
 * `--ignore-nosec`, and the findings only that run has come back with `nosec: true`. Tracked files
 * go in chunks (several runs, `parallel` at once, their reports merged). Exit 1 means findings,
 * so exit 1 with none listed (or anything unreadable, or a run past the time limit) is an error.
 */
async function runBandit(targets, exclude, context) {
    if (targets.kind === 'files' && targets.files.length === 0) {
        return { findings: [], errors: [], notes: ['bandit had no tracked Python file to scan.'] };
    }
    const first = await runBanditChunks(targets.kind === 'tree' ? [treeArgs(targets.path)] : fileRuns(targets.files, false), context);
    if ('error' in first)
        return failed(first.error);
    const findings = [...first.findings];
    const errors = [...first.errors];
    if (first.suppressed.total > 0) {
        // The files bandit's metrics name; should it name none, everything is scanned again.
        const again = first.suppressed.files.length > 0
            ? fileRuns(first.suppressed.files, true)
            : targets.kind === 'tree'
                ? [[...treeArgs(targets.path), '--ignore-nosec']]
                : fileRuns(targets.files, true);
        const second = await runBanditChunks(again, context);
        if ('error' in second)
            return failed(`${second.error} (the run with --ignore-nosec)`);
        findings.push(...onlyIn(second.findings, first.findings).map((f) => ({ ...f, nosec: true })));
        const known = new Set(errors.map((e) => e.file));
        errors.push(...second.errors.filter((e) => !known.has(e.file)));
    }
    // Outside git, bandit's `-x` matches substrings: the folder rule is checked again here.
    const folderNames = targets.kind === 'tree';
    return {
        findings: findings.filter((f) => !isExcluded(f.file, exclude, folderNames)),
        errors: errors
            .filter((e) => !isExcluded(e.file, exclude, folderNames))
            .map((e) => `bandit could not scan ${e.file}: ${e.reason}`),
        notes: []
    };
    function treeArgs(target) {
        // bandit 1.6 matches -x entries as substrings of paths; `/name/` keeps them to whole folders.
        const excluded = [...ALWAYS_EXCLUDED.map((name) => `/${name}/`), ...exclude].join(',');
        return ['-r', target, '-f', 'json', '-q', '-x', excluded];
    }
}
/**
 * Runs over explicit files. `-x ''` replaces bandit's default exclusions (`.tox`, `.eggs`, … as
 * substrings of the path), so every file given is scanned; the names come after `--`, so a file
 * named `-r` or `--help.py` is a target, never an option.
 */
function fileRuns(files, ignoreNosec) {
    return chunkFiles(files).map((chunk) => [
        '-f',
        'json',
        '-q',
        '-x',
        '',
        ...(ignoreNosec ? ['--ignore-nosec'] : []),
        '--',
        ...chunk
    ]);
}
/** `files` in runs of at most CHUNK.files names and CHUNK.bytes bytes of arguments. */
function chunkFiles(files, limits = CHUNK) {
    const chunks = [];
    let current = [];
    let bytes = 0;
    for (const file of files) {
        const size = Buffer.byteLength(file) + 1;
        if (current.length > 0 && (current.length >= limits.files || bytes + size > limits.bytes)) {
            chunks.push(current);
            current = [];
            bytes = 0;
        }
        current.push(file);
        bytes += size;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/** Every run (`parallel` at once), merged; the first failure makes it an error. */
async function runBanditChunks(runs, context) {
    const reports = await mapWithConcurrency(runs, context.banditParallel ?? 1, (args) => runBanditOnce(args, context));
    const merged = { findings: [], errors: [], suppressed: { total: 0, files: [] } };
    for (const report of reports) {
        if ('error' in report)
            return report;
        merged.findings.push(...report.findings);
        merged.errors.push(...report.errors);
        merged.suppressed.total += report.suppressed.total;
        merged.suppressed.files.push(...report.suppressed.files);
    }
    return merged;
}
async function runBanditOnce(args, context) {
    const result = await context.run(context.banditCommand, args, {
        cwd: context.workspace,
        timeoutMs: context.timeoutMs
    });
    if (result.timedOut)
        return { error: timedOut('bandit', context.timeoutMs) };
    if (result.exitCode !== 0 && result.exitCode !== 1) {
        return { error: `bandit exited with ${result.exitCode}: ${lastLines(result.stderr)}` };
    }
    let report;
    try {
        report = parseBanditJson(result.stdout);
    }
    catch (error) {
        return {
            error: `bandit left no readable report (${(0,errors/* errorMessage */.gJ)(error)}): ${lastLines(result.stderr)}`
        };
    }
    if (result.exitCode === 1 && report.findings.length === 0) {
        return {
            error: `bandit exited with 1 (findings) but its report lists no results: ${lastLines(result.stderr)}`
        };
    }
    return report;
}
/** The findings of `all` that `some` lacks (as many times as `all` has them more often). */
function onlyIn(all, some) {
    const key = (f) => [f.file, f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.message].join('\0');
    const counts = new Map();
    for (const f of some)
        counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    return all.filter((f) => {
        const left = counts.get(key(f)) ?? 0;
        if (left > 0)
            counts.set(key(f), left - 1);
        return left === 0;
    });
}
/**
 * One pip-audit run for one requirements file; exit 1 with a report means findings. A file
 * that is not fully pinned is resolved by pip, which runs the build code (setup.py) of what it
 * names: the result lists it in `resolved` and says so in a note, whatever the run's outcome.
 */
async function runPipAudit(file, context) {
    const requirements = (0,external_node_fs_.readFileSync)(external_node_path_default().join(context.workspace, file), 'utf8');
    const args = ['-r', file, '-f', 'json', '--progress-spinner', 'off'];
    const pinned = isFullyPinned(requirements);
    if (pinned)
        args.push('--no-deps', '--disable-pip');
    const resolution = pinned ? {} : { resolved: [file], notes: [resolvedNote(file)] };
    const result = await context.run(context.pipAuditCommand, args, {
        cwd: context.workspace,
        timeoutMs: context.timeoutMs
    });
    const fail = (message) => ({ ...failed(message), ...resolution });
    if (result.timedOut)
        return fail(timedOut(`pip-audit ${file}`, context.timeoutMs));
    if (result.exitCode !== 0 && result.exitCode !== 1) {
        return fail(`pip-audit ${file} exited with ${result.exitCode}: ${lastLines(result.stderr)}`);
    }
    try {
        const report = parsePipAuditJson(result.stdout, file, requirements);
        return {
            findings: report.findings,
            errors: [],
            resolved: resolution.resolved,
            notes: [
                ...(resolution.notes ?? []),
                ...report.skipped.map((s) => `pip-audit skipped ${s.name} in ${file}: ${s.reason}`)
            ]
        };
    }
    catch {
        // pip-audit exits 1 both for findings and for fatal errors: only a report tells them apart.
        return fail(`pip-audit ${file} exited with ${result.exitCode} and no JSON report: ${lastLines(result.stderr)}`);
    }
}
/** Why a requirements file was resolved, for the summary's and the report's notes. */
function resolvedNote(file) {
    return `${file} is not fully pinned (\`==\` or hashes on every line), so pip-audit resolved it with pip, which runs the build code (setup.py) of what it names`;
}
function failed(message) {
    return { findings: [], errors: [message], notes: [] };
}
function timedOut(what, timeoutMs) {
    return `${what} ran past ${describeLimit(timeoutMs)} and was stopped`;
}
function lastLines(text) {
    return text.trim().split('\n').slice(-3).join(' | ') || '(nothing on stderr)';
}
/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
async function mapWithConcurrency(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/lib/git.ts
var lib_git = __nccwpck_require__(3555);
;// CONCATENATED MODULE: ./src/lib/output-paths.ts




const ACCEPTED_FILE = 'a file path inside the workspace that is not a symbolic link';
/** True when `child` is `parent` or below it (both absolute). */
function output_paths_isInside(child, parent) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/**
 * Where an output file may be written: inside the workspace once every symbolic link on the way
 * is followed, and not a symbolic link itself (a pull request can commit one pointing anywhere).
 * Answers the real path it will write; throws a ConfigurationError naming the input otherwise.
 */
function output_paths_resolveOutputPath(input, value, workspace) {
    const refuse = (why) => {
        throw new ConfigurationError(`Input "${input}" is "${value}", ${why}; accepted: ${ACCEPTED_FILE}.`);
    };
    const target = path.resolve(workspace, value);
    if (target === path.resolve(workspace) || !output_paths_isInside(target, path.resolve(workspace)))
        refuse('which is outside the workspace');
    const stat = lstatOrUndefined(target);
    if (stat?.isSymbolicLink())
        refuse('which is a symbolic link');
    if (stat && !stat.isFile())
        refuse('which is not a regular file');
    // The nearest folder that exists, with its links followed, must still be in the workspace.
    let existing = path.dirname(target);
    while (!lstatOrUndefined(existing))
        existing = path.dirname(existing);
    const folder = path.relative(workspace, existing);
    if (!existsSync(existing))
        refuse(`whose folder ${folder} is a broken symbolic link`);
    if (!statSync(existing).isDirectory())
        refuse(`whose folder ${folder} is a file`);
    const real = path.join(realpathSync(existing), path.relative(existing, target));
    if (!output_paths_isInside(real, realpathSync(workspace)))
        refuse(`which resolves outside the workspace (to ${real})`);
    return real;
}
/**
 * Writes `text` to an output checked by resolveOutputPath, checking again just before (the scan
 * ran in between) and opening with O_NOFOLLOW, so a link planted meanwhile is refused too.
 */
function writeOutputFile(input, value, workspace, text) {
    const target = output_paths_resolveOutputPath(input, value, workspace);
    mkdirSync(path.dirname(target), { recursive: true });
    let fd;
    try {
        fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            throw new ConfigurationError(`Input "${input}" is "${value}", which is a symbolic link; accepted: ${ACCEPTED_FILE}.`);
        throw error;
    }
    try {
        writeSync(fd, text);
    }
    finally {
        closeSync(fd);
    }
    return target;
}
function lstatOrUndefined(file) {
    try {
        return lstatSync(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/security-gate/src/output-paths.ts




/** The `report` and `sarif` targets, refused when either is unsafe or both are one file. */
function output_paths_resolveOutputPaths(values, workspace) {
    const report = resolveOutputPath('report', values.report, workspace);
    const sarif = resolveOutputPath('sarif', values.sarif, workspace);
    const sameInode = (() => {
        if (!existsSync(report) || !existsSync(sarif))
            return false;
        const [a, b] = [statSync(report), statSync(sarif)];
        return a.dev === b.dev && a.ino === b.ino;
    })();
    if (report === sarif || sameInode) {
        throw new ConfigurationError(`Inputs "report" ("${values.report}") and "sarif" ("${values.sarif}") are the same file; accepted: two different files.`);
    }
    return { report, sarif };
}

;// CONCATENATED MODULE: ./actions/security-gate/src/select-files.ts









/** bandit's own default `include` globs (`*.py`, `*.pyw`), which `bandit -r` walks with. */
function isPythonName(name) {
    return name.endsWith('.py') || name.endsWith('.pyw');
}
const LISTED = 10;
async function selectFiles(root, workspace, exclude, context) {
    const selection = {
        source: 'git',
        python: [],
        requirements: [],
        skippedLinks: [],
        notes: [],
        errors: []
    };
    const git = (0,lib_git/* createGit */.l)({ cwd: root, runner: timedCommandRunner(context) });
    let stdout;
    try {
        // -z: names as they are, NUL-separated (no quoting, newlines allowed); they stay data.
        const listed = await git.run(['ls-files', '-z', '--cached', '--recurse-submodules'], {
            allowFailure: true
        });
        if (listed.exitCode !== 0)
            return notListed(selection, root, lastLine(listed.stderr));
        stdout = listed.stdout;
    }
    catch (error) {
        if (error instanceof GitTimedOut)
            return { ...selection, errors: [error.message] };
        return notListed(selection, root, (0,errors/* errorMessage */.gJ)(error));
    }
    const realWorkspace = (0,external_node_fs_.realpathSync)(workspace);
    const missing = [];
    for (const name of new Set(stdout.split('\0').filter(Boolean))) {
        const full = external_node_path_default().join(root, name);
        const relative = normalizePath(external_node_path_default().relative(workspace, full));
        const base = external_node_path_default().posix.basename(relative);
        const kind = isPythonName(base) ? 'python' : isRequirementsName(base) ? 'requirements' : '';
        if (!kind || isExcluded(relative, exclude, false))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(full);
        }
        catch {
            missing.push(relative);
            continue;
        }
        // A committed link could point anywhere on the runner (`x.py -> /etc/shadow`), and bandit
        // copies code lines into its report: links are never read. What a link points to inside the
        // repository is scanned under its own name when it is committed.
        if (stat.isSymbolicLink())
            selection.skippedLinks.push(relative);
        else if (!stat.isFile())
            continue;
        else if (!output_paths_isInside((0,external_node_fs_.realpathSync)(full), realWorkspace))
            selection.skippedLinks.push(relative);
        else
            selection[kind].push(relative);
    }
    selection.python.sort();
    selection.requirements.sort();
    selection.skippedLinks.sort();
    // Names git printed that are not UTF-8 cannot be passed on as they are: fail closed, never skip.
    const unreadable = missing.filter((file) => file.includes('\uFFFD'));
    if (unreadable.length > 0) {
        selection.errors.push(`git tracks file(s) whose names are not UTF-8, which the gate cannot pass to the scanners: ${list(unreadable)}; rename them`);
    }
    const absent = missing.filter((file) => !file.includes('\uFFFD'));
    selection.notes.push(`Scanned what is committed: the ${selection.python.length} Python file(s) and ${selection.requirements.length} requirements*.txt git tracks under ${normalizePath(external_node_path_default().relative(workspace, root)) || '.'} (git ls-files), whatever their folders are called.`);
    if (selection.skippedLinks.length > 0) {
        selection.notes.push(`Not scanned: ${selection.skippedLinks.length} tracked symbolic link(s), which are never read (what they point to is scanned under its own name when it is committed): ${list(selection.skippedLinks)}.`);
    }
    if (absent.length > 0) {
        selection.notes.push(`Not scanned: ${absent.length} tracked file(s) missing from the work tree (a sparse checkout?): ${list(absent)}.`);
    }
    return selection;
}
/**
 * `git ls-files` failed: outside any git work tree that is the old rule (walk the folders), said
 * in the notes; inside one (a `.git` above `root`) the files to scan are unknown, which is an error.
 */
function notListed(selection, root, why) {
    if (insideGitWorkTree(root)) {
        return {
            ...selection,
            errors: [
                `git ls-files failed in ${root}, a git work tree, so the committed files are unknown: ${why}`
            ]
        };
    }
    return {
        ...selection,
        source: 'walk',
        notes: [
            `Not a git work tree (${why}): files were chosen by walking the folders, leaving out folders named ${ALWAYS_EXCLUDED.join(', ')}, and exclude. In a git checkout the tracked files are scanned instead.`
        ]
    };
}
function insideGitWorkTree(root) {
    for (let dir = external_node_path_default().resolve(root);; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')))
            return true;
        if (external_node_path_default().dirname(dir) === dir)
            return false;
    }
}
class GitTimedOut extends Error {
}
/** The gate's timed runner as a CommandRunner for src/lib/git.ts: a git past the limit is killed. */
function timedCommandRunner(context) {
    return async (command, args, options = {}) => {
        const result = await context.runScanner(command, args, {
            cwd: options.cwd ?? '.',
            timeoutMs: context.timeoutMs,
            env: options.env
        });
        if (result.timedOut) {
            throw new GitTimedOut(`git ${args.find((a) => /^[a-z][a-z-]*$/.test(a)) ?? ''} ran past ${describeLimit(context.timeoutMs)} and was stopped`);
        }
        const { exitCode, stdout, stderr } = result;
        if (exitCode !== 0 && !options.allowFailure) {
            throw new exec/* CommandError */.Qd(command, args, { exitCode, stdout, stderr });
        }
        return { exitCode, stdout, stderr };
    };
}
function lastLine(text) {
    return text.trim().split('\n').at(-1) || 'git exited with an error';
}
function list(files) {
    return `${files.slice(0, LISTED).join(', ')}${files.length > LISTED ? `, … (${files.length - LISTED} more)` : ''}`;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/trusted-allowlist.ts





/** Events whose checkout holds the pull request's changes: the allowlist then comes from the base. */
const PULL_REQUEST_EVENTS = (/* unused pure expression or super */ null && (['pull_request', 'pull_request_target']));
/** The pull request event, or undefined on `push` and every other event. */
function readPullRequestEvent(env, readFile = (file) => readFileSync(file, 'utf8')) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    if (!PULL_REQUEST_EVENTS.includes(name))
        return undefined;
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, baseSha: undefined, labels: [], problem: 'GITHUB_EVENT_PATH is not set' };
    let payload;
    try {
        payload = JSON.parse(readFile(file));
    }
    catch (error) {
        return {
            name,
            baseSha: undefined,
            labels: [],
            problem: `the event payload could not be read (${errorMessage(error)})`
        };
    }
    const pr = payload?.pull_request;
    const sha = pr?.base?.sha;
    const labels = Array.isArray(pr?.labels)
        ? pr.labels
            .map((label) => label?.name)
            .filter((label) => typeof label === 'string')
        : [];
    return { name, baseSha: typeof sha === 'string' ? sha : undefined, labels };
}
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * The allowlist the gate applies. On a pull request the trusted entries are those of the checked-out
 * file that the base commit's file holds exactly so; the others are proposed by the pull request and
 * count only when it carries `exceptionLabel`. Entries the pull request removes stop applying (that
 * only makes the gate stricter). On any other event the checked-out file is the trusted one. A
 * malformed entry in the checked-out file is a ConfigurationError naming its line.
 */
async function resolveAllowlistPolicy(context) {
    const policy = {
        source: 'none',
        counted: [],
        pending: [],
        proposed: [],
        removed: [],
        exceptionLabel: context.exceptionLabel,
        labelled: false,
        errors: [],
        notes: []
    };
    // No file checked out: nothing is allowed, whatever the base holds (a removal only adds checks).
    if (!context.file)
        return policy;
    const head = parseAllowlist((0,external_node_fs_.readFileSync)(context.file, 'utf8'), context.name, context.today);
    const event = context.event;
    if (!event)
        return { ...policy, source: 'checkout', counted: head };
    const wanted = context.exceptionLabel.toLowerCase();
    policy.labelled = event.labels.some((label) => label.toLowerCase() === wanted);
    const base = await readBaseAllowlist(event, context);
    if ('error' in base) {
        const error = `the base allowlist could not be read, so no allowlist entry counts (failing closed): ${base.error}. Check out with actions/checkout's \`fetch-depth: 0\` (and credentials that can fetch), so the base commit is in the clone`;
        return { ...policy, source: `base ${event.baseSha ?? '(unknown)'}`, errors: [error] };
    }
    policy.source = `base ${base.sha}`;
    const trusted = base.text === undefined
        ? { entries: [], problems: [] }
        : readAllowlist(base.text, `${context.name} at base ${base.sha.slice(0, 7)}`, context.today);
    for (const problem of trusted.problems)
        policy.notes.push(`${problem} It does not count.`);
    const diff = diffAllowlists(head, trusted.entries);
    const changed = new Set(diff.changed);
    const proposed = new Set([...diff.added, ...diff.changed]);
    for (const entry of head) {
        if (!proposed.has(entry)) {
            policy.counted.push(entry);
            continue;
        }
        const marked = { ...entry, proposed: true };
        policy.proposed.push({
            entry: marked,
            change: changed.has(entry) ? 'changed' : 'added',
            counted: policy.labelled
        });
        if (policy.labelled)
            policy.counted.push(marked);
        else
            policy.pending.push(marked);
    }
    policy.removed = diff.removed;
    if (diff.removed.length > 0) {
        policy.notes.push(`${diff.removed.length} entr${diff.removed.length === 1 ? 'y' : 'ies'} of the base allowlist (${diff.removed.map((e) => e.label).join(', ')}) removed or changed by this pull request no longer appl${diff.removed.length === 1 ? 'ies' : 'y'}`);
    }
    return policy;
}
/** The allowlist file as the base commit has it (undefined: not there), fetching the commit if needed. */
async function readBaseAllowlist(event, context) {
    if (event.problem)
        return { error: event.problem };
    const raw = event.baseSha;
    if (raw === undefined || !SHA.test(raw)) {
        const shown = raw === undefined ? 'none' : JSON.stringify(raw.slice(0, 80));
        return {
            error: `the ${event.name} event's pull_request.base.sha is ${shown}, not a commit id (40 or 64 hex digits)`
        };
    }
    const sha = raw.toLowerCase();
    const file = context.file;
    const runner = (command, args, options = {}) => context.run(command, args, { ...options, timeoutMs: context.timeoutMs });
    const git = (0,lib_git/* createGit */.l)({ cwd: external_node_path_default().dirname(file), runner });
    try {
        // The file's path from the repository's top, whatever folder the workspace is.
        const prefix = await git.read(['rev-parse', '--show-prefix']);
        const relative = `${prefix}${external_node_path_default().basename(file)}`;
        if (!(await hasCommit(git, sha))) {
            // actions/checkout clones one commit by default; the base is one fetch away.
            const fetched = await git.run(['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', sha], { allowFailure: true });
            if (!(await hasCommit(git, sha))) {
                const why = fetched.stderr.trim().split('\n').at(-1) ?? '';
                return {
                    error: `base commit ${sha} is not in the checkout and \`git fetch origin ${sha}\` could not fetch it${why ? ` (${why})` : ''}`
                };
            }
        }
        const listed = await git.run(['ls-tree', '-z', '--full-tree', '--end-of-options', sha, '--', relative], { env: { GIT_LITERAL_PATHSPECS: '1' } });
        const line = listed.stdout.split('\0').find((l) => l.endsWith(`\t${relative}`));
        if (!line)
            return { sha, text: undefined };
        const [mode, type, object] = line.slice(0, line.indexOf('\t')).split(' ');
        if (type !== 'blob' || mode === '120000' || !object || !SHA.test(object)) {
            return {
                error: `${relative} at base ${sha.slice(0, 7)} is not a regular file (${type} ${mode})`
            };
        }
        const text = (await git.run(['cat-file', 'blob', object])).stdout;
        return { sha, text };
    }
    catch (error) {
        return { error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
async function hasCommit(git, sha) {
    const result = await git.run(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`], {
        allowFailure: true
    });
    return result.exitCode === 0;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/security-gate.ts









async function runSecurityGate(inputs, context) {
    // Before the scanners run: a malformed entry is a ConfigurationError, and nothing runs.
    const policy = await resolveAllowlistPolicy({
        file: inputs.allowlist,
        name: external_node_path_default().relative(inputs.workspace, inputs.allowlistPath) || inputs.allowlistPath,
        event: context.event,
        exceptionLabel: inputs.exceptionLabel,
        today: context.today,
        run: context.run,
        timeoutMs: context.timeoutMs
    });
    const wanted = [
        ...(inputs.bandit ? ['bandit'] : []),
        ...(inputs.pipAudit ? ['pip-audit'] : [])
    ];
    const located = await locateTools(wanted, inputs.installTools, context);
    const commands = located.commands;
    const selection = await selectFiles(inputs.root, inputs.workspace, inputs.exclude, context);
    const scans = [
        { findings: [], errors: located.errors, notes: located.notes },
        { findings: [], errors: selection.errors, notes: selection.notes }
    ];
    const scanner = {
        run: context.runScanner,
        timeoutMs: context.timeoutMs,
        workspace: inputs.workspace,
        banditCommand: commands.bandit ?? 'bandit',
        pipAuditCommand: commands['pip-audit'] ?? 'pip-audit',
        banditParallel: Math.max(1, Math.min(4, external_node_os_default().availableParallelism()))
    };
    const tracked = selection.source === 'git';
    // The files to scan are unknown (git failed in a work tree): nothing runs, the gate fails closed.
    const runnable = selection.errors.length === 0;
    const requirements = inputs.pipAudit && runnable
        ? discoverRequirements(inputs.root, inputs.workspace, inputs.requirements, inputs.exclude, tracked ? selection.requirements : undefined)
        : [];
    for (const tool of wanted) {
        const command = commands[tool];
        if (!command || !runnable)
            continue;
        if (tool === 'bandit')
            scans.push(await runBandit(tracked
                ? { kind: 'files', files: selection.python }
                : { kind: 'tree', path: inputs.path }, inputs.exclude, scanner));
        else
            scans.push(...(await mapWithConcurrency(requirements, context.parallel, (file) => runPipAudit(file, scanner))));
    }
    const classified = scans.flatMap((s) => s.findings).map((f) => classify(f, inputs));
    const allowed = applyAllowlist(classified, policy.counted, context.today, {
        entries: policy.pending,
        exceptionLabel: policy.exceptionLabel
    });
    const errors = [...policy.errors, ...scans.flatMap((s) => s.errors)];
    const findings = sortBySeverity(allowed.findings);
    const outcome = errors.length > 0 ? 'error' : findings.some((f) => f.state === 'blocking') ? 'fail' : 'pass';
    return {
        outcome,
        findings,
        errors,
        notes: [...policy.notes, ...scans.flatMap((s) => s.notes)],
        stale: allowed.stale,
        allowlist: policy,
        requirements,
        resolved: scans.flatMap((s) => s.resolved ?? []),
        tools: located.versions,
        files: { source: selection.source, skippedLinks: selection.skippedLinks }
    };
}
/**
 * Bandit findings below either threshold do not block; every vulnerability does. A finding a
 * `# nosec` comment suppresses is `suppressed` (never blocking, the allowlist not applied) with
 * `nosec: report`, and classified like any other with `nosec: ignore`.
 */
function classify(finding, inputs) {
    if (finding.tool !== 'bandit')
        return finding;
    if (finding.nosec && inputs.nosec === 'report') {
        return { ...finding, state: 'suppressed', note: 'suppressed in the source by # nosec' };
    }
    const blocks = compareLevels(finding.severity, inputs.severityThreshold) >= 0 &&
        compareLevels(finding.confidence, inputs.confidenceThreshold) >= 0;
    return {
        ...finding,
        state: blocks ? 'blocking' : 'below-threshold',
        ...(finding.nosec ? { note: '# nosec is not honoured with nosec: ignore' } : {})
    };
}
const STATE_ORDER = { blocking: 0, allowed: 1, suppressed: 2, 'below-threshold': 3 };
function sortBySeverity(findings) {
    return [...findings].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        compareLevels(b.severity, a.severity) ||
        compareLevels(b.confidence, a.confidence) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
}

;// CONCATENATED MODULE: ./actions/security-gate/src/inputs.ts




const THRESHOLDS = (/* unused pure expression or super */ null && (['low', 'medium', 'high']));
const DEFAULT_ALLOWLIST = '.security-allowlist.yml';
const DEFAULT_EXCEPTION_LABEL = 'security-exception';
/** GitHub's limit on a label's name. */
const MAX_LABEL_LENGTH = 50;
function readSecurityGateInputs(input, workspace) {
    const relative = input.string('path', '.');
    const root = path.resolve(workspace, relative);
    const accepted = 'accepted: a folder inside the workspace such as "." or "operators"';
    if (!isInside(root, path.resolve(workspace))) {
        throw new ConfigurationError(`Input "path" is "${relative}", which is outside the workspace; ${accepted}.`);
    }
    if (!existsSync(root) || !statSync(root).isDirectory()) {
        throw new ConfigurationError(`Input "path" is "${relative}", which is no folder in the workspace; ${accepted}.`);
    }
    if (!isInside(realpathSync(root), realpathSync(workspace))) {
        throw new ConfigurationError(`Input "path" is "${relative}", which resolves outside the workspace (to ${realpathSync(root)}); ${accepted}.`);
    }
    const bandit = input.boolean('bandit', true);
    const pipAudit = input.boolean('pip-audit', true);
    if (!bandit && !pipAudit) {
        throw new ConfigurationError('Inputs "bandit" and "pip-audit" are both false; accepted: at least one of them true.');
    }
    const requirements = input.list('requirements');
    const allowlist = input.string('allowlist', DEFAULT_ALLOWLIST);
    const outputs = {
        sarif: input.string('sarif', 'security-gate.sarif'),
        report: input.string('report', 'security-gate.json')
    };
    resolveOutputPaths(outputs, workspace);
    return {
        root,
        workspace,
        path: relative,
        severityThreshold: toThreshold(input.choice('severity-threshold', THRESHOLDS, 'high')),
        confidenceThreshold: toThreshold(input.choice('confidence-threshold', THRESHOLDS, 'low')),
        bandit,
        pipAudit,
        requirements: requirements.length === 0 || (requirements.length === 1 && requirements[0] === 'auto')
            ? 'auto'
            : requirements,
        exclude: input.list('exclude'),
        allowlist: readAllowlistPath(allowlist, workspace),
        allowlistPath: path.resolve(workspace, allowlist),
        exceptionLabel: readExceptionLabel(input.string('exception-label', DEFAULT_EXCEPTION_LABEL)),
        installTools: input.boolean('install-tools', true),
        sarif: outputs.sarif,
        report: outputs.report,
        failOn: input.choice('fail-on', ['blocking', 'never'], 'blocking'),
        nosec: input.choice('nosec', ['report', 'ignore'], 'report'),
        timeoutMinutes: readTimeoutMinutes(input.string('timeout-minutes', '10'))
    };
}
const MAX_TIMEOUT_MINUTES = 360;
function readTimeoutMinutes(value) {
    const trimmed = value.trim();
    const minutes = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
    if (!(minutes >= 1 && minutes <= MAX_TIMEOUT_MINUTES)) {
        throw new ConfigurationError(`Input "timeout-minutes" is "${value}"; accepted: a whole number of minutes from 1 to ${MAX_TIMEOUT_MINUTES}.`);
    }
    return minutes;
}
function readExceptionLabel(value) {
    // eslint-disable-next-line no-control-regex
    if ([...value].length > MAX_LABEL_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
        throw new ConfigurationError(`Input "exception-label" is "${value.slice(0, 80)}"; accepted: a label name of 1 to ${MAX_LABEL_LENGTH} characters on one line (default ${DEFAULT_EXCEPTION_LABEL}).`);
    }
    return value;
}
function toThreshold(value) {
    return value.toUpperCase();
}
function readAllowlistPath(value, workspace) {
    const file = path.resolve(workspace, value);
    if (existsSync(file))
        return file;
    if (value === DEFAULT_ALLOWLIST)
        return undefined;
    throw new ConfigurationError(`Input "allowlist" is "${value}", which does not exist; accepted: a YAML file in the workspace (the default ${DEFAULT_ALLOWLIST} may be absent).`);
}

;// CONCATENATED MODULE: ./cli/src/run-gate.ts







const TOOLS = ['bandit', 'pip-audit'];
/**
 * security-gate's own code on the checkout, with bandit and pip-audit from PATH. Like the action
 * without install-tools, it fails closed: a tool that is missing (or too old) is an error.
 */
async function runGateLocally(repo, run) {
    const found = await Promise.all(TOOLS.map(async (tool) => [tool, await findTool(tool)]));
    const notInstalled = found.filter(([, command]) => !command).map(([tool]) => tool);
    const allowlist = external_node_path_default().join(repo, DEFAULT_ALLOWLIST);
    const result = await runSecurityGate({
        root: repo,
        workspace: repo,
        path: '.',
        severityThreshold: 'HIGH',
        confidenceThreshold: 'LOW',
        bandit: true,
        pipAudit: true,
        requirements: 'auto',
        exclude: [],
        allowlist: (0,external_node_fs_.existsSync)(allowlist) ? allowlist : undefined,
        allowlistPath: allowlist,
        exceptionLabel: DEFAULT_EXCEPTION_LABEL,
        installTools: false,
        sarif: '',
        report: '',
        failOn: 'blocking',
        nosec: 'report',
        timeoutMinutes: 10
    }, {
        run,
        runScanner: runTimed,
        timeoutMs: 10 * 60_000,
        tempDir: external_node_os_default().tmpdir(),
        today: new Date().toISOString().slice(0, 10),
        log: () => undefined,
        parallel: 8,
        // A local run: the checked-out allowlist is the one there is.
        event: undefined
    });
    return {
        ran: result.tools.map((t) => `${t.name} ${t.version}`),
        notInstalled,
        outcome: result.outcome,
        blocking: result.findings
            .filter((f) => f.state === 'blocking')
            .map((f) => ({
            rule: f.ruleId,
            where: `${f.file}:${f.line}`,
            what: f.package ? `${f.package.name} ${f.package.version}` : f.message
        })),
        findings: result.findings.length,
        // The action's words are about its input; here the remedy is installing the tool.
        errors: result.errors.map((e) => e.replace('is not installed (install-tools is false)', 'is not installed: the gate fails closed (pip install it, or run the action with install-tools: true)'))
    };
}


/***/ }),

/***/ 3898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* binding */ ConfigurationError),
  gJ: () => (/* binding */ errorMessage),
  Ro: () => (/* binding */ hasStatus)
});

// UNUSED EXPORTS: describeFailure, formatFailure

// EXTERNAL MODULE: ./src/lib/exec.ts + 7 modules
var exec = __nccwpck_require__(2238);
;// CONCATENATED MODULE: ./src/lib/describe-network-failure.ts
// Node's and undici's codes for "no answer came back"; what each means in a few words.
const NETWORK_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'DNS lookup failed',
    ETIMEDOUT: 'timed out',
    ENETUNREACH: 'network unreachable',
    EHOSTUNREACH: 'host unreachable',
    EPIPE: 'connection closed',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
    UND_ERR_BODY_TIMEOUT: 'the answer stalled',
    UND_ERR_SOCKET: 'connection closed'
};
/** A request that got no answer (refused, unresolved, reset, timed out), or undefined. */
function describe_network_failure_describeNetworkFailure(error) {
    const reason = findNetworkReason(error);
    if (!reason)
        return undefined;
    const host = findHost(error);
    return {
        owner: 'network',
        kind: 'network',
        message: `no answer from ${host ?? 'the server'} (${reason})`,
        hint: 'The network between the runner and the service failed: not your settings and not a bug. ' +
            'Re-run the job; on a self-hosted runner, check its DNS, proxy and firewall.'
    };
}
/** `ECONNREFUSED: connection refused`, `timed out`, `fetch failed`; undefined if an answer came. */
function findNetworkReason(error) {
    for (const link of walkCauses(error)) {
        const code = typeof link.code === 'string' ? link.code : undefined;
        if (code && NETWORK_CODES[code])
            return `${code}: ${NETWORK_CODES[code]}`;
        if (link.name === 'TimeoutError' || link.name === 'AbortError')
            return 'timed out';
    }
    // fetch's own wording when the cause carries no code.
    const first = walkCauses(error)[0];
    if (first && first.name === 'TypeError' && first.cause !== undefined)
        return 'fetch failed';
    return undefined;
}
function findHost(error) {
    for (const link of walkCauses(error)) {
        if (typeof link.hostname === 'string')
            return link.hostname;
        const url = link.request?.url;
        if (typeof url === 'string') {
            try {
                return new URL(url).host;
            }
            catch {
                // not a URL: look further down the chain
            }
        }
    }
    return undefined;
}
function walkCauses(error) {
    const chain = [];
    let link = error;
    while (link && typeof link === 'object' && chain.length < 5) {
        chain.push(link);
        link = link.cause;
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/lib/classify-failure.ts



/** Sorts a caught error into whose problem it is, with a message and a hint to act on. */
function classify_failure_classifyFailure(error, nowMs = Date.now()) {
    if (isConfigurationError(error)) {
        return { owner: 'user', kind: 'configuration', message: error.message, hint: error.hint ?? '' };
    }
    // Network first: Octokit reports a request that got no answer as status 500 with a cause.
    const network = describeNetworkFailure(error);
    if (network)
        return network;
    const http = classifyHttpFailure(error, nowMs);
    if (http)
        return http;
    if (error instanceof CommandError || error instanceof CommandTimeoutError) {
        const pip = classifyPipFailure(error);
        if (pip)
            return pip;
    }
    return { owner: 'bug', kind: 'bug', message: '', hint: '' };
}
// ConfigurationError is matched by name, not instanceof: errors.ts imports this file.
function isConfigurationError(error) {
    return error instanceof Error && error.name === 'ConfigurationError';
}
// What pip prints when it cannot reach an index (urllib3 retries, DNS, TLS, proxies, HTTP 5xx).
const PIP_UNREACHABLE = (/* unused pure expression or super */ null && ([
    /NewConnectionError|Max retries exceeded|ConnectTimeoutError|ReadTimeoutError/,
    /Temporary failure in name resolution|Name or service not known|nodename nor servname/,
    /Connection (refused|reset|aborted)|Network is unreachable|ProxyError|SSLError/,
    /HTTP error 5\d\d|50[234] Server Error/,
    // pip says this too when every index it tried was unreachable.
    /Could not find a version that satisfies the requirement/
]));
function classifyPipFailure(error) {
    const command = error.message.split(' ', 1)[0] ?? '';
    if (!/\bpip3?$/.test(command.replace(/`/g, '')))
        return undefined;
    const stderr = error instanceof CommandError ? error.result.stderr : '';
    if (error instanceof CommandError && !PIP_UNREACHABLE.some((p) => p.test(stderr)))
        return undefined;
    const detail = lastLine(stderr) || 'it ran out of time';
    return {
        owner: 'service',
        kind: 'package-index',
        message: `pip could not download from PyPI (${detail})`,
        hint: 'PyPI, or the network between the runner and it, was unreachable: not your settings and ' +
            'not a bug. Re-run the job later; or install the tools in an earlier step, or point pip ' +
            'at a mirror with PIP_INDEX_URL.'
    };
}
function lastLine(text) {
    return (text
        .trim()
        .split('\n')
        .filter((line) => line.trim())
        .at(-1)
        ?.trim() ?? '');
}

;// CONCATENATED MODULE: ./src/lib/errors.ts

/** A mistake the user can fix (bad input, missing permission): reported with a hint, not as a bug. */
class ConfigurationError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.name = 'ConfigurationError';
        this.hint = hint;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        const text = JSON.stringify(error);
        if (text !== undefined)
            return text;
    }
    catch {
        // circular or otherwise unserialisable: fall through to String()
    }
    return String(error);
}
/**
 * The one line an action hands to `core.setFailed`: what went wrong, whose problem it is and how
 * to fix it. Only what `classifyFailure` cannot place is reported as a bug of ours.
 */
function formatFailure(actionName, error) {
    const failure = classifyFailure(error);
    if (failure.kind === 'configuration') {
        const hint = failure.hint ? ` ${failure.hint}` : '';
        return `${actionName}: ${failure.message}${hint}`;
    }
    if (failure.owner === 'bug') {
        return (`${actionName} failed unexpectedly: ${errorMessage(error)}. ` +
            'This is a bug in release-actions; please report it with this log.');
    }
    return `${actionName}: ${describeFailure(failure)}`;
}
/** `message. hint`, for a failure that is not a bug. */
function describeFailure(failure) {
    const message = /[.!?]$/.test(failure.message) ? failure.message : `${failure.message}.`;
    return failure.hint ? `${message} ${failure.hint}` : message;
}
/** True for an HTTP error (Octokit's, say) answered with one of `statuses`. */
function hasStatus(error, ...statuses) {
    const status = error?.status;
    return typeof status === 'number' && statuses.includes(status);
}


/***/ }),

/***/ 2238:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ CommandError),
  $X: () => (/* binding */ killProcessGroup),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: CommandTimeoutError

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js + 1 modules
var io = __nccwpck_require__(5366);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js + 1 modules
var io_util = __nccwpck_require__(606);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/lib/exec.ts


class CommandError extends Error {
    result;
    constructor(command, args, result) {
        const stderr = result.stderr.trim().split('\n').slice(-5).join('\n');
        super(`\`${[command, ...args].join(' ')}\` exited with ${result.exitCode}` +
            (stderr ? `: ${stderr}` : ''));
        this.name = 'CommandError';
        this.result = result;
    }
}
class CommandTimeoutError extends Error {
    constructor(command, args, timeoutMs) {
        super(`\`${[command, ...args].join(' ')}\` ran longer than ${timeoutMs} ms and was killed`);
        this.name = 'CommandTimeoutError';
    }
}
/**
 * Runs a program (argv, never a shell) and collects its output: through @actions/exec, or, with
 * `timeoutMs`, through a spawn of its own (@actions/exec cannot stop a command).
 */
const runCommand = async (command, args, options = {}) => {
    if (options.timeoutMs !== undefined)
        return runWithTimeLimit(command, args, { ...options, timeoutMs: options.timeoutMs });
    const result = await getExecOutput(command, args, {
        cwd: options.cwd,
        env: options.env ? mergeEnv(options.env) : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        silent: options.silent ?? false,
        ignoreReturnCode: true
    });
    if (result.exitCode !== 0 && !options.allowFailure)
        throw new CommandError(command, args, result);
    return result;
};
function runWithTimeLimit(command, args, options) {
    const group = process.platform !== 'win32';
    if (!options.silent)
        process.stdout.write(`[command]${[command, ...args].join(' ')}\n`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ? mergeEnv(options.env) : process.env,
            // Its own process group, so a kill reaches whatever it started (git's ssh or https helper).
            detached: group,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            if (!options.silent)
                process.stdout.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            if (!options.silent)
                process.stderr.write(chunk);
        });
        // A command that exits without reading its input must not fail us with EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
        let timedOut = false;
        let settled = false;
        const settle = (action) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            action();
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killProcessGroup(child, group);
        }, options.timeoutMs);
        child.on('error', (error) => settle(() => reject(error)));
        // Once killed, 'exit' is enough: a grandchild still holding the pipes must not hang us.
        const killed = () => reject(new CommandTimeoutError(command, args, options.timeoutMs));
        child.on('exit', () => {
            if (!timedOut)
                return;
            child.stdout.destroy();
            child.stderr.destroy();
            settle(killed);
        });
        child.on('close', (code, signal) => settle(() => {
            if (timedOut)
                return killed();
            const result = {
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8')
            };
            if (result.exitCode !== 0 && !options.allowFailure)
                reject(new CommandError(command, args, result));
            else
                resolve(result);
        }));
    });
}
function mergeEnv(extra) {
    const env = {};
    for (const [key, value] of Object.entries(process.env))
        if (value !== undefined)
            env[key] = value;
    return { ...env, ...extra };
}
/** SIGKILL to `child` and, when it leads its own process group, to everything it started. */
function killProcessGroup(child, group) {
    try {
        if (group && child.pid)
            process.kill(-child.pid, 'SIGKILL');
        else
            child.kill('SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}


/***/ }),

/***/ 3555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createGit)
/* harmony export */ });
// Never wait on a credential prompt in CI; print paths as they are, not C-quoted.
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0' };
const GIT_FLAGS = ['-c', 'core.quotepath=off'];
function createGit({ cwd, runner }) {
    const run = (args, options = {}) => runner('git', [...GIT_FLAGS, ...args], {
        silent: true,
        ...options,
        cwd,
        env: { ...GIT_ENV, ...options.env }
    });
    return {
        run,
        async read(args) {
            return (await run(args)).stdout.trim();
        },
        async tryRead(args) {
            const result = await run(args, { allowFailure: true });
            return result.exitCode === 0 ? result.stdout.trim() : undefined;
        }
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H8: () => (/* binding */ IS_WINDOWS),
  t2: () => (/* binding */ exists),
  Qh: () => (/* binding */ isRooted),
  vr: () => (/* binding */ tryGetExecutablePath)
});

// UNUSED EXPORTS: READONLY, UV_FS_O_EXLOCK, chmod, copyFile, getCmdPath, isDirectory, lstat, mkdir, open, readdir, readlink, rename, rm, rmdir, stat, symlink, unlink

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 5366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K7: () => (/* binding */ which)
});

// UNUSED EXPORTS: cp, findInPath, mkdirP, mv, rmRF

;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js + 1 modules
var io_util = __nccwpck_require__(606);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (io_util/* IS_WINDOWS */.H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (io_util/* IS_WINDOWS */.H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (io_util/* isRooted */.Qh(tool)) {
            const filePath = yield io_util/* tryGetExecutablePath */.vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield io_util/* tryGetExecutablePath */.vr(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8682);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
