using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A frozen dictionary made by <c>ToFrozenDictionary</c> of a dictionary created there with its initializer
/// (<c>new Dictionary&lt;string, Money&gt; { ["cn"] = yuan, ["us"] = dollars }.ToFrozenDictionary(StringComparer.Ordinal)</c>),
/// read by constant key: each key holds what the initializer writes with it. The copy's comparer (none, or one of the
/// framework's comparers of text) is joined to the source's, so keys either may take as one entry are one key; a key or
/// element selector, another comparer, or any other source is not followed.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>Adds what a frozen copy of a dictionary just created holds by key (see the type's summary); false when
    /// <paramref name="value"/> is no such copy.</summary>
    private bool AddFrozenCopy(IOperation? value, KeyedElements keyed, CancellationToken cancellationToken, ISymbol? projected, bool fromDeclaration)
    {
        if (value is not IInvocationOperation { TargetMethod: { Name: "ToFrozenDictionary", IsStatic: true } method } copy
            || method.ContainingType is not { Name: "FrozenDictionary" } holder || !IsCollectionNamespace(holder.ContainingNamespace))
        {
            return false;
        }

        IOperation? source = null;
        var comparison = KeyComparison.Exact;
        foreach (var argument in copy.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return false;
            }

            if (parameter.Ordinal == 0)
            {
                source = argument.Value.SkipConversions();
            }
            else if (parameter.Name != "comparer" || argument.ArgumentKind != ArgumentKind.DefaultValue && !TryComparison(argument.Value, ref comparison))
            {
                // a key or element selector, or a comparer the flow cannot read
                return false;
            }
        }

        if (source is not IObjectCreationOperation { Type: INamedTypeSymbol { Name: "Dictionary" } } || !AddCreated(source, keyed, cancellationToken, projected, fromDeclaration))
        {
            return false;
        }

        keyed.AddComparison(comparison);
        return true;
    }
}
