using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// The Fix All of every AiRace fix that may be applied in bulk. Each finding of the document gets the fix the user chose
/// (the action with the requested equivalence key) when that fix is offered for it, and otherwise its own first fix,
/// which is by construction the one that keeps the code's meaning, unless that fix is its own finding's alone (a key of
/// <see cref="FixHelpers.OneFindingKey"/>). A finding with no fix is passed over: it never stops
/// the others from being fixed. This is what makes <c>dotnet format analyzers --diagnostics A B C</c> apply every rule's
/// fixes, since it asks for the key of the first action of whichever finding comes first, or for none.
/// </summary>
internal static class EveryFindingFixAllProvider
{
    /// <summary>A Fix All over documents, projects and the solution for <paramref name="provider"/>'s findings.</summary>
    public static FixAllProvider For(CodeFixProvider provider) =>
        FixAllProvider.Create((context, document, diagnostics) => FixDocumentAsync(provider, context, document, diagnostics));

    private static async Task<Document?> FixDocumentAsync(CodeFixProvider provider, FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = context.CancellationToken;
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange>();
        // each fix's change is found against the text the findings were reported in, and kept unless it touches a
        // change already kept; a finding nested in another's fix is composed into it (Nest)
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var reported = diagnostic.Location.SourceSpan;
            var chosen = await ChooseAsync(provider, document, diagnostic, context.CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
            if (chosen is null)
            {
                continue;
            }

            foreach (var operation in await chosen.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply && apply.ChangedSolution.GetDocument(document.Id) is { } changed)
                {
                    var own = Difference(text, await changed.GetTextAsync(cancellationToken).ConfigureAwait(false));
                    if (own is { } change)
                    {
                        if (!Overlaps(change, changes))
                        {
                            changes.Add(change);
                        }
                        else if (Nest(text, Widen(text, change, reported), changes) is { } nested)
                        {
                            changes.Add(nested);
                        }
                    }
                }
            }
        }

        return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes.OrderBy(c => c.Span.Start)));
    }

    /// <summary>
    /// The action with the requested key if the finding offers it, else the finding's first action that may be applied
    /// in bulk (not one with a key of its own finding, <see cref="FixHelpers.IsOneFindingKey"/>), else null.
    /// </summary>
    private static async Task<CodeAction?> ChooseAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, string? key, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var fixContext = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await provider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
        foreach (var action in actions)
        {
            if (key is not null && action.EquivalenceKey == key)
            {
                return action;
            }
        }

        return actions.FirstOrDefault(action => !FixHelpers.IsOneFindingKey(action.EquivalenceKey));
    }

    /// <summary>
    /// The one change that turns <paramref name="before"/> into <paramref name="after"/>: the text between their longest
    /// common start and, after it, their longest common end; null when they are equal. Unlike a diff, which may put an
    /// insertion before or after a run of equal characters (<c>Round(x))</c>), this is always the same span for the same
    /// edit, so the fixes of nested findings (an inner and an outer call closing at <c>))</c>) stay apart. A fix that
    /// edits in two places becomes one change spanning both, which at worst overlaps another and waits for a second run.
    /// </summary>
    private static TextChange? Difference(SourceText before, SourceText after)
    {
        string old = before.ToString();
        string now = after.ToString();
        int prefix = 0;
        int shorter = System.Math.Min(old.Length, now.Length);
        while (prefix < shorter && old[prefix] == now[prefix])
        {
            prefix++;
        }

        if (prefix == old.Length && prefix == now.Length)
        {
            return null;
        }

        int suffix = 0;
        while (suffix < shorter - prefix && old[old.Length - 1 - suffix] == now[now.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextChange(TextSpan.FromBounds(prefix, old.Length - suffix), now.Substring(prefix, now.Length - suffix - prefix));
    }

    /// <summary>A change widened to cover the whole span of its finding (its text before and after the fix).</summary>
    private static TextChange Widen(SourceText text, TextChange change, TextSpan reported)
    {
        if (reported.Start < 0 || reported.End > text.Length)
        {
            return change;
        }

        int start = System.Math.Min(change.Span.Start, reported.Start);
        int end = System.Math.Max(change.Span.End, reported.End);
        return new TextChange(
            TextSpan.FromBounds(start, end),
            text.ToString(TextSpan.FromBounds(start, change.Span.Start)) + change.NewText + text.ToString(TextSpan.FromBounds(change.Span.End, end)));
    }

    /// <summary>
    /// A finding nested in another (<c>decimal.Compare(xs.First(x =&gt; x.Amount.Equals(c.Amount)).Amount, b.Amount)</c>):
    /// the one change that makes both fixes, when the outer fix keeps the inner finding's text as it was, exactly once
    /// (the inner text is then replaced by its fix). <paramref name="change"/> (widened to its finding) is either inside
    /// the one kept change it touches (widened to hold it), or holds every kept change it touches; those are taken out of
    /// <paramref name="kept"/> and the composed change is returned. Null (nothing taken out) otherwise.
    /// </summary>
    private static TextChange? Nest(SourceText text, TextChange change, List<TextChange> kept)
    {
        var touched = new List<TextChange>();
        foreach (var other in kept)
        {
            if (Overlaps(change, new List<TextChange> { other }))
            {
                touched.Add(other);
            }
        }

        TextChange? composed = null;
        if (touched.Count == 1 && !change.Span.Contains(touched[0].Span))
        {
            // the kept change, widened over the finding's span with the text as it was, holds the finding
            composed = Compose(text, Widen(text, touched[0], change.Span), change);
        }
        else if (touched.TrueForAll(other => change.Span.Contains(other.Span)))
        {
            composed = change;
            foreach (var inner in touched)
            {
                composed = composed is { } outer ? Compose(text, outer, inner) : null;
            }
        }

        if (composed is null)
        {
            return null;
        }

        foreach (var other in touched)
        {
            kept.Remove(other);
        }

        return composed;
    }

    /// <summary>The outer change with the inner change's old text (found in its new text exactly once) replaced by the inner's new text; else null.</summary>
    private static TextChange? Compose(SourceText text, TextChange outer, TextChange inner)
    {
        if (inner.Span == outer.Span || inner.Span.Length == 0)
        {
            return null;
        }

        string old = text.ToString(inner.Span);
        string now = outer.NewText ?? string.Empty;
        int at = now.IndexOf(old, System.StringComparison.Ordinal);
        if (at < 0 || now.IndexOf(old, at + 1, System.StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return new TextChange(outer.Span, now.Substring(0, at) + inner.NewText + now.Substring(at + old.Length));
    }

    /// <summary>
    /// Whether a change touches one already kept: a finding nested in another, or fixed by the same edit. The whole fix
    /// of that finding is then left out (never half of it), and a second run of Fix All picks it up.
    /// </summary>
    private static bool Overlaps(TextChange change, List<TextChange> kept)
    {
        foreach (var other in kept)
        {
            bool disjoint = change.Span.End < other.Span.Start || other.Span.End < change.Span.Start
                || (change.Span.End == other.Span.Start && change.Span.Length > 0 && other.Span.Length > 0)
                || (other.Span.End == change.Span.Start && change.Span.Length > 0 && other.Span.Length > 0);
            if (!disjoint)
            {
                return true;
            }
        }

        return false;
    }
}
