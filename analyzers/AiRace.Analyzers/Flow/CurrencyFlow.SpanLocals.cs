using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A <c>Span&lt;Money&gt;</c> or <c>ReadOnlySpan&lt;Money&gt;</c> local over a whole array or a collection expression
/// (<c>ReadOnlySpan&lt;Money&gt; s = new[] { a, b };</c>, <c>Span&lt;Money&gt; s = caps;</c>, <c>Span&lt;Money&gt; s = [a, b];</c>)
/// holds the elements of what it was made from, when every use of the local only reads it: an element read
/// (<c>s[0]</c>), a <c>foreach</c> by value, <c>Length</c> or <c>IsEmpty</c>. Any other use (an element written or taken
/// by reference, a slice, a call, the span passed on) leaves it unknown; and a writable span local over a named array
/// that is only read that way does not change the array.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The elements of a span local read-only in its scope, made from an array or a collection expression; else unknown.</summary>
    private Elements SpanLocalElements(ILocalReferenceOperation reference, ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (SpanLocalSource(reference, local, cancellationToken) is not { } source)
        {
            return Elements.Unknown;
        }

        return ElementsOf(source, 1, cancellationToken);
    }

    /// <summary>The array or collection expression a span local only read in its scope was made from; else null.</summary>
    private static IOperation? SpanLocalSource(IOperation reference, ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (local.IsRef || !IsSpan(local.Type) || ValueFlow.DeclaratorInTree(reference, local) is not { Initializer.Value: { } initializer } declarator
            || reference.SemanticModel is not { } model || declarator.Syntax is not VariableDeclaratorSyntax syntax || ScopeOf(syntax) is not { } scope)
        {
            return null;
        }

        var source = WholeArrayOfSpan(initializer).SkipConversions();
        if (source is not (ICollectionExpressionOperation or { Type: IArrayTypeSymbol }) || !OnlyReadSpanLocal(local, scope, model, cancellationToken))
        {
            return null;
        }

        return source;
    }

    /// <summary>Whether a span local is declared with the conversion of an array to a span, and only read in its scope (<see cref="SpanLocalSource"/>).</summary>
    private static bool ReadOnlySpanLocalOver(IConversionOperation conversion, CancellationToken cancellationToken)
    {
        IOperation node = conversion;
        while (node.Parent is IParenthesizedOperation or IConversionOperation)
        {
            node = node.Parent;
        }

        return node.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { IsRef: false } local } declarator }
            && IsSpan(local.Type) && declarator.Syntax is VariableDeclaratorSyntax syntax && ScopeOf(syntax) is { } scope
            && conversion.SemanticModel is { } model && OnlyReadSpanLocal(local, scope, model, cancellationToken);
    }

    /// <summary>Whether every reference to a span local in its scope reads it: an element read, a <c>foreach</c> by value, <c>Length</c>, <c>IsEmpty</c>.</summary>
    private static bool OnlyReadSpanLocal(ILocalSymbol local, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var token in IdentifierScan.In(scope, local.Name, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            if (model.GetOperation(identifier, cancellationToken) is not { } operation)
            {
                // a name the binder gives no operation (an argument of nameof, broken code): not known to read it
                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                {
                    return false;
                }

                continue;
            }

            if (operation is not ILocalReferenceOperation read || !SymbolEqualityComparer.Default.Equals(read.Local, local))
            {
                continue;
            }

            if (!ReadsSpan(read))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one reference to a span local only reads its elements.</summary>
    private static bool ReadsSpan(IOperation reference)
    {
        var parent = reference.Parent;
        while (parent is IConversionOperation conversion && SymbolEqualityComparer.Default.Equals(conversion.Type, reference.Type))
        {
            // the identity conversion of a foreach's collection
            reference = conversion;
            parent = conversion.Parent;
        }

        switch (parent)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true } element when element.Instance == reference:
                return ReadInPlace(element);
            case IImplicitIndexerReferenceOperation { IndexerSymbol: IPropertySymbol { IsIndexer: true } } fromEnd when fromEnd.Instance == reference:
                // s[^1]
                return ReadInPlace(fromEnd);
            case IPropertyReferenceOperation { Property.Name: "Length" or "IsEmpty", Property.IsIndexer: false } property when property.Instance == reference:
                return true;
            case IForEachLoopOperation loop when loop.Collection == reference:
                return loop.Syntax is ForEachStatementSyntax { Type: not RefTypeSyntax };
            default:
                return false;
        }
    }

    /// <summary>Whether an element of a span is only read where it is used: not assigned, incremented, deconstructed into, nor taken by reference.</summary>
    private static bool ReadInPlace(IOperation element)
    {
        // span[0].Cap = …: a member of the element written through the span's reference writes the element
        while (element.Parent is IFieldReferenceOperation or IPropertyReferenceOperation && element.Parent is IMemberReferenceOperation member && member.Instance == element)
        {
            element = member;
        }

        // a method called on the element itself may change it, unless it is a readonly member
        return element.Parent is IInvocationOperation invocation && invocation.Instance == element
            ? !TakenByReference(element) && (invocation.TargetMethod.IsReadOnly || invocation.TargetMethod.ContainingType is { IsReadOnly: true })
            : IsElementRead(element);
    }
}
