export const id = 9753;
export const ids = [9753];
export const modules = {

/***/ 9753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedModelFiles: () => (/* binding */ changedModelFiles),
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/action/pull-request.js

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The pull request of a `pull_request` / `pull_request_target` run, or undefined for other events. */
function pullRequestFromEnv(env) {
    if (!PR_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || !env.GITHUB_EVENT_PATH)
        return undefined;
    let event;
    try {
        event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = event.pull_request?.number ?? event.number;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? { owner, repo, number } : undefined;
}
/** An Octokit for the token (lazily imported: runs without PR features never load @actions/github). */
async function makeGitHubApi(token, baseUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, baseUrl ? { baseUrl } : {});
}
/** GitHub lists at most this many files of a pull request. */
const MAX_PR_FILES = 3000;
/** Paths (POSIX, repository-relative) the pull request adds or modifies; removed files are left out. */
async function changedFiles(api, pr) {
    const files = (await api.paginate(api.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 }));
    const paths = new Set(files.filter((f) => f.status !== 'removed').map((f) => f.filename));
    return { paths, truncated: files.length >= MAX_PR_FILES };
}
/** Keeps only files whose repository path is in `paths` (workspace root = repository root). Mutates and returns. */
function restrictToPaths(discovery, paths) {
    discovery.files = discovery.files.filter((f) => paths.has(f.relativePath));
    return discovery;
}
/** HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./lib/action/comment.js

/** GitHub rejects comment bodies longer than this (characters). */
const MAX_COMMENT_CHARS = 65_536;
/** The hidden marker our comment carries, per SARIF category (several scans of one PR keep one comment each). */
function commentMarker(category) {
    const safe = category.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100);
    return `<!-- modelscan-action:comment:${safe} -->`;
}
/** The comment body: marker first, then the summary, cut to GitHub's limit. */
function commentBody(marker, markdown) {
    const body = `${marker}\n${markdown}`;
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    const note = '\n\n\u2026cut to fit GitHub\'s comment limit; see the job summary and the SARIF file.\n';
    return `${body.slice(0, MAX_COMMENT_CHARS - note.length)}${note}`;
}
/**
 * Creates or updates, in place, the one comment carrying the marker. A token
 * that may not comment (fork pull requests, no `pull-requests: write`) gives
 * `skipped`, never an exception: the comment is a convenience, not the gate.
 */
async function upsertComment(api, pr, marker, markdown) {
    const body = commentBody(marker, markdown);
    try {
        const comments = (await api.paginate(api.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 }));
        const ours = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
        if (ours) {
            await api.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: ours.id, body });
            return { kind: 'updated', id: ours.id };
        }
        await api.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
        return { kind: 'created' };
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404 || status === 401) {
            return { kind: 'skipped', reason: `the token cannot comment on this pull request (HTTP ${status}; fork pull requests and tokens without "pull-requests: write" cannot)` };
        }
        return { kind: 'skipped', reason: `could not update the pull request comment: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
    }
}

;// CONCATENATED MODULE: ./lib/action/pr-flow.js




/**
 * `changed-only`: on a pull request, keeps the files the pull request adds or
 * changes. Anywhere else, or when the list cannot be had, scans everything
 * (scanning more is the safe side). Returns whether the set was narrowed.
 */
async function changedModelFiles(inputs, discovery, env = process.env) {
    const pr = pullRequestFromEnv(env);
    if (!pr) {
        core.notice(`${version/* TOOL_NAME */.lH}: changed-only applies to pull_request events; scanning every matching file`);
        return false;
    }
    if (!inputs.githubToken) {
        core.warning(`${version/* TOOL_NAME */.lH}: changed-only needs github-token to list the pull request's files; scanning every matching file`);
        return false;
    }
    try {
        const api = await makeGitHubApi(inputs.githubToken, env.GITHUB_API_URL);
        const { paths, truncated } = await changedFiles(api, pr);
        if (truncated) {
            core.warning(`${version/* TOOL_NAME */.lH}: the pull request changes ${MAX_PR_FILES} files or more, more than GitHub lists; scanning every matching file`);
            return false;
        }
        const before = discovery.files.length;
        restrictToPaths(discovery, paths);
        core.info(`${version/* TOOL_NAME */.lH}: changed-only: ${discovery.files.length} of ${before} matching files are changed by #${pr.number}`);
        return true;
    }
    catch (error) {
        core.warning(`${version/* TOOL_NAME */.lH}: could not list the files of #${pr.number} (${oneLine(error)}); scanning every matching file`);
        return false;
    }
}
/** `pr-comment`: one comment per pull request (and category), updated in place; a notice when the token cannot comment. */
async function commentOnPullRequest(inputs, markdown, env = process.env) {
    const pr = pullRequestFromEnv(env);
    if (!pr) {
        core.info(`${version/* TOOL_NAME */.lH}: pr-comment: not a pull_request event, no comment`);
        return;
    }
    if (!inputs.githubToken) {
        core.notice(`${version/* TOOL_NAME */.lH}: pr-comment skipped: no github-token`);
        return;
    }
    try {
        const api = await makeGitHubApi(inputs.githubToken, env.GITHUB_API_URL);
        const outcome = await upsertComment(api, pr, commentMarker(inputs.category), markdown);
        if (outcome.kind === 'skipped')
            core.notice(`${version/* TOOL_NAME */.lH}: pr-comment skipped: ${outcome.reason}`);
        else
            core.info(`${version/* TOOL_NAME */.lH}: pr-comment ${outcome.kind} on #${pr.number}`);
    }
    catch (error) {
        core.notice(`${version/* TOOL_NAME */.lH}: pr-comment skipped: ${oneLine(error)}`);
    }
}
function oneLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
}


/***/ })

};
