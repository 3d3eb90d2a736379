using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A generic method of the compilation whose every return makes money in a currency read from a static abstract member
/// through one of its type parameters (<c>Money ZeroOf&lt;TKind&gt;() where TKind : IProgrammeKind =&gt;
/// Money.Zero(TKind.Home)</c>): a call names the type (<c>ZeroOf&lt;IndiaAiKind&gt;()</c>), and the currency is what that
/// type's implementation of the member states (<c>public static Currency Home =&gt; Currency.INR;</c>).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The currency every return of a generic method's call states through its type arguments (see the type's summary), or null.</summary>
    private string? TypeArgumentReturn(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var called = invocation.TargetMethod;
        var definition = called.OriginalDefinition;
        if (!called.IsGenericMethod || definition.DeclaringSyntaxReferences.Length != 1 || !CanFollowBody(definition) || !_search.IsOwn(definition)
            || BodyOf(definition, cancellationToken) is not { } body)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            code = Currencies.Join(code, MadeThroughTypeArgument(returned, called, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.Known(code);
    }

    /// <summary>
    /// The currency of money a return makes with a library factory given a static abstract member read through a type
    /// parameter of the method (<c>Money.Zero(TKind.Home)</c>), for the call's type argument; else null.
    /// </summary>
    private string? MadeThroughTypeArgument(IOperation? returned, IMethodSymbol called, CancellationToken cancellationToken)
    {
        if (returned?.SkipConversions() is not IInvocationOperation { TargetMethod: { IsStatic: true } factory } made
            || !factory.IsOn(_types.Money) || SourceOf(factory) is not { Kind: CallSourceKind.Arguments, CurrencyParameters: 1, ParameterIsCode: false } source)
        {
            return null;
        }

        foreach (var argument in made.Arguments)
        {
            if (argument.Parameter?.Ordinal != source.CurrencyOrdinal)
            {
                continue;
            }

            if (argument.Value.SkipConversions() is not IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true, IsAbstract: true } member, ConstrainedToType: ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter }
                || parameter.Ordinal >= called.TypeArguments.Length
                || !SymbolEqualityComparer.Default.Equals(parameter.DeclaringMethod?.OriginalDefinition, called.OriginalDefinition)
                || called.TypeArguments[parameter.Ordinal] is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } given
                || given.FindImplementationForInterfaceMember(member) is not IPropertySymbol implemented
                || !_search.IsOwn(implemented))
            {
                return null;
            }

            return MemberValue(implemented, cancellationToken);
        }

        return null;
    }
}
