-- Attaches `kibana-connectors lsp` to a settings file in headless Neovim (0.7 or later: start_client and
-- buf_attach_client, which later releases still have) and writes the diagnostics Neovim received, one per line,
-- as "<code>@<line>:<column> <message>" (one-based), to a file. Then quits.
-- Environment: KC_LSP (the server command, words split at spaces), KC_FILE (the settings file), KC_OUT (the output).
local command = vim.split(os.getenv("KC_LSP"), " ", { trimempty = true })
local file = os.getenv("KC_FILE")
local out = os.getenv("KC_OUT")

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "kibana-connectors",
  cmd = command,
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
})
vim.lsp.buf_attach_client(buffer, client)

local received = vim.wait(30000, function()
  return #vim.diagnostic.get(buffer) > 0
end, 50)

local lines = {}
if not received then
  table.insert(lines, "timeout: no diagnostics")
end

for _, d in ipairs(vim.diagnostic.get(buffer)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  table.insert(lines, string.format("%s@%d:%d %s", code, d.lnum + 1, d.col + 1, d.message))
end

table.sort(lines)
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.cmd("qall!")
