-- An editor session against a FactGen language server, as a curator would have it in Neovim 0.7+
-- (issue 28, "CI runs a real client"). Run by run.sh:
--   nvim --headless --clean -u NONE -c "luafile tests/editors/neovim/session.lua"
-- with, in the environment:
--   FACTGEN_LSP_CMD      the server's command line, one argument a line (run.sh writes it)
--   FACTGEN_ROOT         the workspace folder (the repository: facts/ is found under it)
--   FACTGEN_SOURCES      the articles' folder, sent as initializationOptions.sources
--   FACTGEN_STEP_TIMEOUT_MS  how long one step may wait for the server (default 60000)
-- It opens facts/people.yaml, asks for a hover on a citation (expects the cited paragraph's text,
-- read here from the article) and a definition on a reference (expects the line of the target
-- fact in another file), types a misspelt id into that reference (expects FG0013 on its line),
-- types the id back (expects the diagnostic to clear), then shuts the server down.
-- Every expectation is read from the shipped files, none is written here. Exits 0 when every step
-- passed, 1 on the first failure (with what was expected and what came), so CI fails with a reason.

local env = {
  cmd = vim.split(os.getenv('FACTGEN_LSP_CMD') or '', '\n', { trimempty = true }),
  root = os.getenv('FACTGEN_ROOT'),
  sources = os.getenv('FACTGEN_SOURCES'),
  step_timeout = tonumber(os.getenv('FACTGEN_STEP_TIMEOUT_MS') or '60000'),
}
local fact_file = 'facts/people.yaml'
local fact_id = 'wang-yi'

local function say(text)
  io.stdout:write('neovim: ' .. text .. '\n')
end

local function fail(text)
  error({ failure = text }, 0)
end

local function read_lines(path)
  local lines = vim.fn.readfile(path)
  if #lines == 0 then fail('cannot read ' .. path) end
  return lines
end

-- ---------------------------------------------------------------------------------------------
-- What the files say: the positions to act on and the answers to expect.

-- The 0-based rows of one fact's block in a fact file: from its "- id:" line to the next one.
local function fact_rows(lines, id)
  local first, last
  for i, line in ipairs(lines) do
    if first == nil and line:match('^%s*%-%s+id:%s*' .. vim.pesc(id) .. '%s*$') then
      first = i
    elseif first ~= nil and line:match('^%s*%-%s+id:') then
      last = i - 1
      break
    end
  end
  if first == nil then fail('no fact ' .. id .. ' in ' .. fact_file) end
  return first - 1, (last or #lines) - 1
end

-- The first line of the fact whose text matches pattern, with its 0-based row and captures.
local function find_in_fact(lines, first, last, pattern)
  for row = first, last do
    local captures = { lines[row + 1]:match(pattern) }
    if #captures > 0 then return row, captures end
  end
  fail('no line matching ' .. pattern .. ' in fact ' .. fact_id)
end

-- The text of a source's paragraph, numbered as shared/sources/README.md says: blocks separated
-- by blank lines, the headline 0.
local function paragraph_text(source_id, number)
  local sources = read_lines(env.root .. '/facts/sources.yaml')
  local file
  for i, line in ipairs(sources) do
    if line:match('id:%s*' .. vim.pesc(source_id) .. '%s*$') then
      for j = i + 1, #sources do
        file = sources[j]:match('^%s+file:%s*(%S+)')
        if file or sources[j]:match('^%s*%-') then break end
      end
      break
    end
  end
  if not file then fail('no file for source ' .. source_id) end
  local paragraphs, current = {}, {}
  for _, line in ipairs(read_lines(env.sources .. '/' .. file)) do
    if line:match('^%s*$') then
      if #current > 0 then table.insert(paragraphs, table.concat(current, ' ')); current = {} end
    else
      table.insert(current, line)
    end
  end
  if #current > 0 then table.insert(paragraphs, table.concat(current, ' ')) end
  local text = paragraphs[number + 1]
  if not text then fail(source_id .. ' has no paragraph ' .. number) end
  return text
end

-- Text as words only: markup a server may add around the quoted words (Markdown emphasis,
-- escapes, HTML marks) and line breaks do not count against the paragraph.
local function plain(text)
  text = text:gsub('<[^>]*>', ''):gsub('[%*_`~=\\]', ''):gsub('%s+', ' ')
  return vim.trim(text)
end

local function hover_text(result)
  local contents = result and result.contents
  if type(contents) == 'string' then return contents end
  if type(contents) ~= 'table' then return '' end
  if contents.value then return contents.value end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == 'string' and part or (part.value or ''))
  end
  return table.concat(parts, '\n')
end

-- A definition answer is a Location, a list of them, or a list of LocationLinks.
local function first_location(result)
  if type(result) ~= 'table' then return nil end
  local location = result.uri and result or result[1]
  if not location then return nil end
  if location.targetUri then
    return { uri = location.targetUri, range = location.targetSelectionRange or location.targetRange }
  end
  return location
end

-- ---------------------------------------------------------------------------------------------
-- The client.

local client_id, buffer, exit_code

local function wait_for(what, condition)
  local ok = vim.wait(env.step_timeout, function()
    return exit_code ~= nil or condition()
  end, 20)
  if exit_code ~= nil then fail('the server exited (code ' .. exit_code .. ') while waiting for ' .. what) end
  if not ok then fail('timed out after ' .. env.step_timeout .. ' ms waiting for ' .. what) end
end

local function start_server()
  if #env.cmd == 0 then fail('FACTGEN_LSP_CMD is empty: run this through run.sh') end
  client_id = vim.lsp.start_client({
    name = 'factgen',
    cmd = env.cmd,
    cmd_cwd = env.root,
    root_dir = env.root,
    workspace_folders = { { uri = vim.uri_from_fname(env.root), name = 'factgen' } },
    init_options = { sources = env.sources },
    flags = { debounce_text_changes = 20 },
    on_exit = function(code) exit_code = code end,
  })
  if not client_id then fail('vim.lsp.start_client could not start ' .. table.concat(env.cmd, ' ')) end
  wait_for('initialize', function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end)
  say('initialized ' .. table.concat(env.cmd, ' '))
end

local function open(relative)
  vim.cmd('edit ' .. vim.fn.fnameescape(env.root .. '/' .. relative))
  buffer = vim.api.nvim_get_current_buf()
  vim.bo[buffer].filetype = 'yaml'
  if not vim.lsp.buf_attach_client(buffer, client_id) then fail('could not attach to ' .. relative) end
end

-- One request, waited for; an answer that is empty is retried until the step's time is up, since
-- a server may answer before it has read the workspace.
local function request(method, row, col, accept)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = row, character = col },
  }
  local answer
  local deadline = vim.loop.now() + env.step_timeout
  repeat
    local done, response = false, nil
    -- buf_request and its (err, result) handler are the same from 0.7 on; the only client is ours.
    vim.lsp.buf_request(buffer, method, params, function(err, result)
      response = { err = err, result = result }
      done = true
    end)
    wait_for(method, function() return done end)
    if response.err then fail(method .. ' failed: ' .. vim.inspect(response.err)) end
    answer = accept(response.result)
    if answer == nil then vim.wait(200) end
  until answer ~= nil or vim.loop.now() > deadline
  return answer
end

local function diagnostics_on(row)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    if d.lnum == row then table.insert(found, d) end
  end
  return found
end

-- Types text at (row, col) one character at a time, as a person would, each keystroke its own
-- incremental change, with the editor's event loop running in between.
local function type_text(row, col, text)
  for i = 1, #text do
    vim.api.nvim_buf_set_text(buffer, row, col + i - 1, row, col + i - 1, { text:sub(i, i) })
    vim.wait(15)
  end
end

-- ---------------------------------------------------------------------------------------------
-- The session.

local function session()
  for name, value in pairs({ FACTGEN_ROOT = env.root, FACTGEN_SOURCES = env.sources }) do
    if not value or vim.fn.isdirectory(value) == 0 then fail(name .. ' must name a folder') end
  end
  local lines = read_lines(env.root .. '/' .. fact_file)
  local first, last = fact_rows(lines, fact_id)

  start_server()
  open(fact_file)

  -- Hover on a citation: the whole paragraph it cites.
  local quote_row, quote = find_in_fact(lines, first, last, '^(%s+quote:%s*")([^"]+)"')
  -- Its citation's source and paragraph are the nearest lines above it (source first, as shipped).
  local source, paragraph
  for row = quote_row - 1, first, -1 do
    paragraph = paragraph or lines[row + 1]:match('^%s+%-?%s*paragraph:%s*(%d+)')
    source = lines[row + 1]:match('^%s+%-?%s*source:%s*(%S+)')
    if source then break end
  end
  if not (source and paragraph) then fail('no source and paragraph above ' .. fact_file .. ' line ' .. (quote_row + 1)) end
  local expected = paragraph_text(source, tonumber(paragraph))
  local hover = request('textDocument/hover', quote_row, #quote[1] + 1, function(result)
    local text = hover_text(result)
    return text ~= '' and text or nil
  end)
  if not hover or not plain(hover):find(plain(expected), 1, true) then
    fail(('hover on the citation of %s paragraph %s (%s line %d) did not show the paragraph.\nexpected: %s\ngot: %s')
      :format(source, paragraph, fact_file, quote_row + 1, expected, tostring(hover)))
  end
  say(('hover on %s line %d shows %s paragraph %s'):format(fact_file, quote_row + 1, source, paragraph))

  -- Definition of a reference: the target fact's line in the file that declares it.
  local ref_row, ref = find_in_fact(lines, first, last, '^(%s+country:%s*)([%w%-]+)%s*$')
  local target_id = ref[2]
  local location = request('textDocument/definition', ref_row, #ref[1] + 1, first_location)
  if not location then fail('no definition for ' .. target_id .. ' at ' .. fact_file .. ' line ' .. (ref_row + 1)) end
  local target_file = vim.uri_to_fname(location.uri)
  local target_lines = read_lines(target_file)
  local target_line = target_lines[location.range.start.line + 1] or ''
  if target_file == env.root .. '/' .. fact_file or not target_line:match('id:%s*' .. vim.pesc(target_id) .. '%s*$') then
    fail(('definition of %s went to %s line %d (%q), not to the line declaring it in another file')
      :format(target_id, target_file, location.range.start.line + 1, target_line))
  end
  say(('definition of %s is %s line %d'):format(target_id, vim.fn.fnamemodify(target_file, ':.'), location.range.start.line + 1))

  -- A typo typed into the reference: the build's FG0013 on that line, then gone once it is fixed.
  local col = #ref[1]
  local typo = target_id:sub(1, 2) .. target_id:sub(4)
  vim.api.nvim_buf_set_text(buffer, ref_row, col, ref_row, col + #target_id, { '' })
  type_text(ref_row, col, typo)
  local found
  wait_for(('FG0013 for %q on line %d'):format(typo, ref_row + 1), function()
    for _, d in ipairs(diagnostics_on(ref_row)) do
      if (d.code == 'FG0013' or d.message:find('FG0013', 1, true)) and d.message:find(typo, 1, true) then
        found = d
        return true
      end
    end
    return false
  end)
  say(('typed %q on line %d: %s %s'):format(typo, ref_row + 1, found.code or '', found.message))

  vim.api.nvim_buf_set_text(buffer, ref_row, col, ref_row, col + #typo, { '' })
  type_text(ref_row, col, target_id)
  wait_for(('the diagnostics of line %d to clear'):format(ref_row + 1), function()
    return #diagnostics_on(ref_row) == 0
  end)
  say(('typed %q back: line %d has no diagnostic'):format(target_id, ref_row + 1))

  -- Shutdown and exit, as an editor closing: the server must go, and cleanly.
  vim.lsp.stop_client(client_id)
  if not vim.wait(env.step_timeout, function() return exit_code ~= nil end, 20) then
    fail('the server did not exit within ' .. env.step_timeout .. ' ms of shutdown and exit '
      .. '(LSP: on the exit notification the server exits, whether or not its input is closed)')
  end
  if exit_code ~= 0 then fail('the server exited with code ' .. exit_code .. ' after shutdown and exit') end
  say('the server exited cleanly after shutdown')
end

local ok, err = xpcall(session, function(e)
  if type(e) == 'table' and e.failure then return e.failure end
  return debug.traceback(tostring(e), 2)
end)
if ok then
  say('all steps passed')
  vim.cmd('qall!')
else
  io.stderr:write('neovim: FAILED: ' .. tostring(err) .. '\n')
  if client_id then vim.lsp.stop_client(client_id, true) end
  vim.cmd('cquit 1')
end
