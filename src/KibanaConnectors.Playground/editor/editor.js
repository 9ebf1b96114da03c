// The playground's editor: CodeMirror 6 with YAML, squiggles from a check function and hover from a hover function,
// both given by main.js (which calls the rules core in WebAssembly). Bundled by esbuild into ../wwwroot/editor.js.
import { EditorState, StateEffect } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, hoverTooltip, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxHighlighting, defaultHighlightStyle, indentOnInput } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';

// Asks for a check of the unchanged text (a chooser changed what the text is checked as).
const recheckEffect = StateEffect.define();

/**
 * Makes the editor in `parent`.
 * check(text) returns [{from, to, severity, message}] and may report the problems elsewhere;
 * hover(text, line, character) returns {from, to, dom} or null (line and character zero-based).
 */
export function createEditor({ parent, doc, check, hover, delay }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        yaml(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        lintGutter(),
        linter((v) => check(v.state.doc.toString()), {
          delay,
          needsRefresh: (update) => update.transactions.some((t) => t.effects.some((e) => e.is(recheckEffect))),
        }),
        hoverTooltip((v, pos) => {
          const line = v.state.doc.lineAt(pos);
          const found = hover(v.state.doc.toString(), line.number - 1, pos - line.from);
          return found ? { pos: found.from, end: found.to, above: true, create: () => ({ dom: found.dom }) } : null;
        }),
        EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { fontFamily: 'ui-monospace, monospace' } }),
      ],
    }),
  });
  return {
    view,
    /** Checks again now (a chooser changed). */
    recheck: () => view.dispatch({ effects: recheckEffect.of(null) }),
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    /** The offset of a one-based line and column, clamped to the document. */
    offset: (line, column) => {
      const doc = view.state.doc;
      if (line < 1) return 0;
      if (line > doc.lines) return doc.length;
      const l = doc.line(line);
      return Math.min(l.to, l.from + Math.max(0, column - 1));
    },
    select: (from) => { view.dispatch({ selection: { anchor: from }, scrollIntoView: true }); view.focus(); },
  };
}
