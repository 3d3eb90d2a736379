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
/// (<c>s[0]</c>), a <c>foreach</c> by value, <c>Length</c> or <c>IsEmpty</c>, or a slice that makes another span local
/// only read (<c>var tail = s[1..];</c>). A span local over part of an array or over a list's storage
/// (<c>caps.AsSpan(1)</c>, <c>caps[1..]</c>, <c>s.Slice(1)</c>, <c>CollectionsMarshal.AsSpan(list)</c>) holds some of its
/// elements. Any other use (an element written or taken by reference, a call, the span passed on) leaves it unknown;
/// and a span local over a named array or list that is only read that way does not change it.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The elements of a span local read-only in its scope, made from an array or a collection expression; else unknown.
    /// A span over part of what it was made from (<c>caps.AsSpan(1)</c>, <c>r[1..]</c>, <c>CollectionsMarshal.AsSpan(list)</c>)
    /// holds some of its elements: their currency when they all have one, else unknown.
    /// </summary>
    private Elements SpanLocalElements(ILocalReferenceOperation reference, ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (SpanLocalSource(reference, local, cancellationToken) is not { } made)
        {
            return Elements.Unknown;
        }

        var elements = ElementsOf(made.Source, 1, cancellationToken);
        return made.Part ? Elements.Of(elements.Code) : elements;
    }

    /// <summary>
    /// The array, collection expression or list a span local only read in its scope was made from, and whether the span
    /// holds only part of it; else null. Followed: the whole array (<c>Span&lt;Money&gt; s = caps</c>, <c>caps.AsSpan()</c>),
    /// a collection expression, part of an array (<c>caps.AsSpan(1)</c>, <c>caps.AsSpan(0, 2)</c>, <c>caps.AsSpan(1..)</c>, the
    /// copy <c>caps[1..]</c>), a list's storage (<c>CollectionsMarshal.AsSpan(list)</c>), and a slice of another span local
    /// followed so (<c>r[1..]</c>, <c>r.Slice(1)</c>).
    /// </summary>
    private static (IOperation Source, bool Part)? SpanLocalSource(IOperation reference, ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (local.IsRef || !IsSpan(local.Type) || ValueFlow.DeclaratorInTree(reference, local) is not { Initializer.Value: { } initializer } declarator
            || reference.SemanticModel is not { } model || declarator.Syntax is not VariableDeclaratorSyntax syntax || ScopeOf(syntax) is not { } scope
            || !OnlyReadSpanLocal(local, scope, model, cancellationToken))
        {
            return null;
        }

        var source = WholeArrayOfSpan(initializer).SkipConversions();
        if (source is IConversionOperation { OperatorMethod.ContainingType: var converting, Operand: var span } && IsSpan(converting) && IsSpan(span.Type))
        {
            // ReadOnlySpan<Money> s = caps.AsSpan(1): a span seen as a read-only one (C# 13's conversion operator)
            source = span.SkipConversions();
        }

        switch (source)
        {
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: var array } range when range.Indices[0] is IRangeOperation:
                // caps[1..]: a copy of part of the array
                return (array, true);
            case ICollectionExpressionOperation or { Type: IArrayTypeSymbol }:
                return (source, false);
            case IInvocationOperation view when ViewedBySpan(view) is { } viewed:
                return (viewed, true);
            case IInvocationOperation { TargetMethod.Name: "Slice", Instance: ILocalReferenceOperation sliced }:
                return SpanLocalSource(sliced, sliced.Local, cancellationToken) is { } whole ? (whole.Source, true) : null;
            case IImplicitIndexerReferenceOperation { IndexerSymbol: IMethodSymbol { Name: "Slice" }, Instance: ILocalReferenceOperation ranged }:
                return SpanLocalSource(ranged, ranged.Local, cancellationToken) is { } all ? (all.Source, true) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The array or list a call makes a span over only part of, or over storage it may outgrow: <c>caps.AsSpan(1)</c>,
    /// <c>caps.AsSpan(0, 2)</c>, <c>caps.AsSpan(1..)</c>, <c>CollectionsMarshal.AsSpan(list)</c>; else null.
    /// </summary>
    private static IOperation? ViewedBySpan(IInvocationOperation call) =>
        call.TargetMethod is not { Name: "AsSpan", IsStatic: true, Parameters.Length: > 0 } method || call.Arguments.Length != method.Parameters.Length ? null
        : method.ContainingType.Name == "MemoryExtensions" && method.Parameters[0].Type is IArrayTypeSymbol ? ArrayBehindSpan(call.Arguments[0].Value)
        : method.ContainingType is { Name: "CollectionsMarshal", ContainingNamespace.Name: "InteropServices" } && method.Parameters[0].Type is INamedTypeSymbol { Name: "List" } ? call.Arguments[0].Value
        : null;

    /// <summary>
    /// Whether a span made from an array or list (the array converted to a span, <c>caps.AsSpan(1)</c>,
    /// <c>CollectionsMarshal.AsSpan(list)</c>) is the value a span local is declared with, and that local is only read in its
    /// scope (<see cref="OnlyReadSpanLocal"/>): nothing is written into the array or list through it.
    /// </summary>
    private static bool InitializesOnlyReadSpanLocal(IOperation view, CancellationToken cancellationToken)
    {
        IOperation node = view;
        while (node.Parent is IParenthesizedOperation or IConversionOperation)
        {
            node = node.Parent;
        }

        return node.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { IsRef: false } local } declarator }
            && IsSpan(local.Type) && declarator.Syntax is VariableDeclaratorSyntax syntax && ScopeOf(syntax) is { } scope
            && view.SemanticModel is { } model && OnlyReadSpanLocal(local, scope, model, cancellationToken);
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

            if (!ReadsSpan(read, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one reference to a span local only reads its elements, or slices it into a span local only read.</summary>
    private static bool ReadsSpan(IOperation reference, CancellationToken cancellationToken)
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
            case IInvocationOperation { TargetMethod.Name: "Slice" } slice when slice.Instance == reference:
                // Span<Money> tail = s.Slice(1): read when the slice is
                return InitializesOnlyReadSpanLocal(slice, cancellationToken);
            case IImplicitIndexerReferenceOperation { IndexerSymbol: IMethodSymbol { Name: "Slice" } } range when range.Instance == reference:
                // Span<Money> tail = s[1..]
                return InitializesOnlyReadSpanLocal(range, cancellationToken);
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
