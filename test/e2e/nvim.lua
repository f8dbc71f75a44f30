-- Neovim 0.7+ headless as a second, independent LSP client (E2E.md §3). Run by test/e2e/nvim.mjs:
--   NAL_SERVER=dist/server.js NAL_ROOT=<workspace> NAL_CODE=identity-public-value \
--   nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/nvim.lua" <file>
-- Starts `node dist/server.js --stdio`, waits for the diagnostic NAL_CODE (source nacos-auth-lint) on the file,
-- asks for code actions, applies the preferred one (resolving it first if it has no edit), writes every changed
-- buffer, and waits for NAL_CODE to leave the file. One line per check on stdout: "ok …" / "FAIL …"; a final
-- "RESULT {json}" line; exit 0 on success, 1 on failure.

local SOURCE = 'nacos-auth-lint'
local server = os.getenv('NAL_SERVER') or 'dist/server.js'
local root = os.getenv('NAL_ROOT') or vim.fn.getcwd()
local code = os.getenv('NAL_CODE') or 'identity-public-value'
local timeout = tonumber(os.getenv('NAL_TIMEOUT_MS') or '15000')

local result = { checks = {} }
local T0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - T0) / 1e6) end
local function out(s) io.stdout:write(s .. '\n') end
local function finish(ok)
  result.ok = ok
  out('RESULT ' .. vim.fn.json_encode(result))
  vim.cmd(ok and 'qa!' or 'cquit 1')
end
local function check(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok and true or false, detail = detail })
  out((ok and 'ok   ' or 'FAIL ') .. name .. (detail and (': ' .. detail) or '') .. string.format(' (%d ms)', ms()))
  if not ok then error('__check_failed__') end
end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
-- -u NONE: no filetype detection; the server must go by the file name anyway.
if fname:match('%.properties$') then vim.bo[bufnr].filetype = 'jproperties'
elseif fname:match('%.ya?ml$') then vim.bo[bufnr].filetype = 'yaml'
else vim.bo[bufnr].filetype = 'sh' end

local function ours(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf or bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local c = lsp.code or d.code
    if d.source == SOURCE or (c ~= nil and d.source == nil) then
      table.insert(list, { d = d, code = c and tostring(c) or nil })
    end
  end
  return list
end

local function with_code(c)
  for _, x in ipairs(ours()) do if x.code == c then return x end end
  return nil
end

local function describe()
  local s = {}
  for _, x in ipairs(ours()) do table.insert(s, string.format('%s@%d:%d', tostring(x.code), x.d.lnum + 1, x.d.col + 1)) end
  return #s > 0 and table.concat(s, ', ') or 'none'
end

-- Neovim 0.7 keeps only {code=…} of the LSP diagnostic in user_data.lsp: rebuild the full diagnostic for
-- codeAction's context (positions in the client's offset encoding; the fixtures are ASCII).
local function to_lsp(d, c)
  return {
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col } },
    severity = d.severity, message = d.message, source = d.source, code = c,
  }
end

local function main()
  local exited
  local id = vim.lsp.start_client({
    name = SOURCE,
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    on_exit = function(c, s) exited = string.format('exit %s signal %s', tostring(c), tostring(s)) end,
  })
  check('start_client', id ~= nil, server)
  vim.lsp.buf_attach_client(bufnr, id)
  local client = vim.lsp.get_client_by_id(id)

  local t0 = vim.loop.hrtime()
  local got = vim.wait(timeout, function() return exited ~= nil or with_code(code) ~= nil end, 20)
  check('server alive', exited == nil, exited)
  check('diagnostic ' .. code, got, 'ours: ' .. describe())
  result.first_diagnostics_ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
  local x = with_code(code)
  local d = x.d
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
  local covered = (d.end_lnum == d.lnum) and line:sub(d.col + 1, d.end_col) or line:sub(d.col + 1)
  check('range', d.end_col > d.col and #covered > 0, string.format('%d:%d-%d "%s"', d.lnum + 1, d.col + 1, d.end_col + 1, covered))
  check('severity error', d.severity == vim.diagnostic.severity.ERROR, tostring(d.severity))
  result.range_text = covered

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = to_lsp(d, x.code).range,
    context = { diagnostics = { to_lsp(d, x.code) }, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}
  local actions = {}
  for _, r in pairs(responses) do
    check('codeAction without error', r.err == nil, r.err and vim.inspect(r.err) or nil)
    for _, a in ipairs(r.result or {}) do table.insert(actions, a) end
  end
  -- What Neovim 0.7 keeps by itself (user_data.lsp = {code=…}): the server must answer, not fail (E2E.md §3).
  local bare = vim.deepcopy(params)
  bare.context.diagnostics = { { code = x.code } }
  local bare_responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', bare, 5000) or {}
  for _, r in pairs(bare_responses) do
    check('codeAction with a range-less diagnostic answers', r.err == nil, r.err and vim.inspect(r.err) or nil)
  end

  local titles = {}
  local preferred
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    if a.isPreferred and not preferred then preferred = a end
  end
  result.actions = titles
  check('code actions offered', #actions > 0, table.concat(titles, ' | '))
  check('a preferred quick fix', preferred ~= nil, table.concat(titles, ' | '))

  if not preferred.edit and not preferred.command then
    local r = client.request_sync('codeAction/resolve', preferred, 5000, bufnr)
    check('codeAction/resolve', r and r.result, r and r.err and vim.inspect(r.err) or 'no answer')
    preferred = r.result
  end
  result.preferred = preferred.title
  if preferred.edit then
    vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
    local files = {}
    for uri in pairs(preferred.edit.changes or {}) do table.insert(files, vim.uri_to_fname(uri)) end
    for _, dc in ipairs(preferred.edit.documentChanges or {}) do
      if dc.textDocument then table.insert(files, vim.uri_to_fname(dc.textDocument.uri)) end
    end
    result.edited = files
  end
  if preferred.command then
    local cmd = type(preferred.command) == 'table' and preferred.command or preferred
    local r = client.request_sync('workspace/executeCommand', { command = cmd.command, arguments = cmd.arguments }, 5000, bufnr)
    check('executeCommand ' .. tostring(cmd.command), r and not r.err, r and r.err and vim.inspect(r.err) or nil)
  end
  vim.cmd('silent! wall')
  check('applied "' .. preferred.title .. '"', true, (result.edited and #result.edited or 0) .. ' file(s) in the edit')

  local gone = vim.wait(timeout, function() return with_code(code) == nil end, 20)
  check(code .. ' gone after the fix', gone, 'ours: ' .. describe())

  -- The other members the edit changed: opened like any file of this type (attached to the server), they show no
  -- identity problem either (the server sees every member's new pair, so no cluster-identity-mismatch remains).
  local members = {}
  for _, f in ipairs(result.edited or {}) do
    local b = vim.fn.bufadd(f)
    vim.fn.bufload(b)
    vim.bo[b].filetype = vim.bo[bufnr].filetype
    if not vim.lsp.buf_is_attached(b, id) then vim.lsp.buf_attach_client(b, id) end
    table.insert(members, b)
  end
  local function identity_left()
    local left = {}
    for _, b in ipairs(members) do
      for _, x in ipairs(ours(b)) do
        if x.code and (x.code:match('^identity%-') or x.code:match('^cluster%-identity%-')) then
          table.insert(left, string.format('%s@%s:%d', x.code, vim.fn.fnamemodify(vim.api.nvim_buf_get_name(b), ':h:h:t'), x.d.lnum + 1))
        end
      end
    end
    return left
  end
  local clean = vim.wait(timeout, function() return #identity_left() == 0 end, 20)
  check('no identity problem left on the ' .. #members .. ' edited member(s)', clean and #members > 0,
    #members == 0 and 'the edit changed no file' or ('left: ' .. table.concat(identity_left(), ', ')))
  client.stop()
  result.stopped = vim.wait(3000, function() return exited ~= nil end, 20) and exited or 'still running after 3 s'
end

local ok, err = pcall(main)
if ok then finish(true)
else
  if not tostring(err):match('__check_failed__') then out('FAIL lua error: ' .. tostring(err)) end
  finish(false)
end
