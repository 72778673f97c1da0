import { defaultStateDeps } from '../../../src/lib/action-state.js'
import { run } from './main.js'
import { runPost } from './post.js'

// action.yml runs this file as main and as post; main leaves this state, so post sees it set.
const POST_STATE = 'isPost'

if (defaultStateDeps.getState(POST_STATE)) {
  runPost()
} else {
  defaultStateDeps.saveState(POST_STATE, 'true')
  await run()
}
