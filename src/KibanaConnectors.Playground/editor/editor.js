// The playground's editor: CodeMirror 6 with YAML, squiggles from a check function and hover from a hover function,
// both given by main.js (which calls the rules core in WebAssembly). Bundled by esbuild into ../wwwroot/editor.js.
import { EditorState, StateEffect } from '@codemirror/state';
import { EditorView, ViewPlugin, keymap, lineNumbers, highlightActiveLine, hoverTooltip, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxHighlighting, defaultHighlightStyle, indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';

// Asks for a check of the unchanged text (a chooser changed what the text is checked as).
const recheckEffect = StateEffect.define();

/**
 * Makes the editor in `parent`.
 * check(text) returns [{from, to, severity, message}] and may report the problems elsewhere; pause() is how long to
 * wait after a change before checking (0: at once, before the next frame);
 * hover(text, line, character) returns {from, to, dom} or null (line and character zero-based).
 */
export function createEditor({ parent, doc, check, hover, pause }) {
  // Checks the text after each change (and on recheck), as the lint extension would, but without its timer when the
  // pause is 0: the squiggle is then drawn in the same frame as the keystroke. A newer change makes an older check moot.
  const checker = ViewPlugin.fromClass(class {
    constructor(view) { this.view = view; this.generation = 0; this.timer = undefined; this.schedule(0); }
    update(update) {
      if (update.docChanged || update.transactions.some((t) => t.effects.some((e) => e.is(recheckEffect)))) this.schedule(pause());
    }
    schedule(wait) {
      clearTimeout(this.timer);
      const generation = ++this.generation;
      const run = () => {
        if (generation !== this.generation) return;
        const { doc } = this.view.state;
        const diagnostics = check(doc.toString());
        if (this.view.state.doc === doc) this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
      };
      if (wait > 0) this.timer = setTimeout(run, wait); else queueMicrotask(run);
    }
    destroy() { clearTimeout(this.timer); this.generation++; }
  });
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
        checker,
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
