using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A base type's member read through a derived type (<c>IndiaAiTranche t; t.Amount</c> of <c>record Disbursement(…, Money
/// Amount)</c>): every instance of the derived type, or of a type derived from it, runs the derived type's primary
/// constructor, so the member holds what that constructor passes to its base for it (and any write of the member),
/// whatever the base's other derived types pass.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // per inherited property, the currency it holds in the instances of each derived type (keyed by that type)
    private readonly ConcurrentDictionary<ISymbol, FactCache<string>> _inheritedValues = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The currency a property of a base class holds when it is read on an instance whose static type derives from that
    /// class (<see cref="ComputeInheritedValue"/>); null when the instance's type is the property's own, or not certain.
    /// </summary>
    private string? InheritedValue(IPropertySymbol property, IOperation? instance, CancellationToken cancellationToken)
    {
        if (property.IsStatic || property.IsIndexer || instance is null || property.IsVirtual || property.IsAbstract || property.IsOverride
            || property.DeclaringSyntaxReferences.Length != 1
            || instance.SkipConversions()?.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type
            || property.ContainingType is not { TypeKind: TypeKind.Class } declaring)
        {
            return null;
        }

        var owner = declaring.OriginalDefinition;
        var derived = type.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(derived, owner) || !DerivesFrom(derived, owner))
        {
            return null;
        }

        var definition = property.OriginalDefinition;
        if (!_inheritedValues.TryGetValue(definition, out var facts))
        {
            facts = _inheritedValues.GetOrAdd(definition, Facts<string>((symbol, token) => Stored(ComputeInheritedValue((IPropertySymbol)definition, (INamedTypeSymbol)symbol, token)), Currencies.None, UnknownFact));
        }

        return Read(facts.Get(derived, cancellationToken));
    }

    /// <summary>
    /// The currency a base class's property holds in every instance of <paramref name="derived"/> (of it or of any type
    /// derived from it): a record's positional property, or a get-only property initialised from a primary-constructor
    /// parameter, of a non-virtual kind, declared in this compilation. Each class from <paramref name="derived"/> up to
    /// the property's type must pass the base's parameter in its primary constructor's base call; the value passed at the
    /// lowest class where it is not simply that class's own parameter passed on (the lowest class's own parameter is
    /// what its constructions give it), joined with every write of the property (a <c>with</c>, an object initializer).
    /// Null when a class on the way has no primary constructor, may be filled by a deserializer, or the base declares
    /// its own copy constructor.
    /// </summary>
    private string? ComputeInheritedValue(IPropertySymbol property, INamedTypeSymbol derived, CancellationToken cancellationToken)
    {
        // (an annotated property is known by its annotation before this is asked)
        var owner = property.ContainingType;
        if (property.IsAbstract || property.IsVirtual || property.IsOverride || property.IsExtern || property.DeclaringSyntaxReferences.Length != 1
            || !_search.IsOwn(property) || !_search.IsOwn(derived) || HasOwnCopyConstructor(owner)
            || MayBeFilledMember(property, cancellationToken) || SeenThroughInterface(property, writes: true, cancellationToken))
        {
            return null;
        }

        var source = Annotations.PositionalParameter(property);
        bool positional = source is not null;
        source ??= InitialisingParameter(property, cancellationToken);
        if (source?.ContainingSymbol is not IMethodSymbol)
        {
            return null;
        }

        // the classes from the derived type up to (not including) the property's
        var levels = new List<INamedTypeSymbol>();
        for (var level = derived; ; level = level.BaseType!.OriginalDefinition)
        {
            if (levels.Count >= 16 || !_search.IsOwn(level) || MayBeFilled(level, cancellationToken) || level.BaseType is null)
            {
                return null;
            }

            levels.Add(level);
            if (SymbolEqualityComparer.Default.Equals(level.BaseType.OriginalDefinition, owner))
            {
                break;
            }
        }

        var parameter = source;
        string? code = null;
        for (int i = levels.Count - 1; i >= 0; i--)
        {
            if (BaseArgument(levels[i], parameter, cancellationToken) is not { } argument)
            {
                return null;
            }

            if (i > 0 && argument.Value.SkipImplicitConversions() is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } passed }
                && passed.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                && SymbolEqualityComparer.Default.Equals(constructor.ContainingType.OriginalDefinition, levels[i]))
            {
                // record Late(…, decimal Crore) : Rupee(…, Crore): what the class below passes for that parameter
                parameter = passed;
                continue;
            }

            code = Value(argument.Value, 0, FlowMode.Exact, cancellationToken);
            break;
        }

        return code is null ? null : positional ? Currencies.Join(code, WritesOnInstancesOf(property, derived, cancellationToken)) : code;
    }

    /// <summary>
    /// The currency every write of a property gives it on an object that may be an instance of <paramref name="derived"/>:
    /// a write on an object whose type is neither that type, nor derived from it, nor one of its bases (<c>grant with {
    /// Amount = … }</c> of a sibling record, its object initializer) cannot reach one; null when a write is unknown.
    /// </summary>
    private string? WritesOnInstancesOf(IPropertySymbol property, INamedTypeSymbol derived, CancellationToken cancellationToken)
    {
        var sites = WriteSitesOf(property, cancellationToken);
        if (sites is null)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var (reference, written) in sites)
        {
            if (!SymbolEqualityComparer.Default.Equals(written, property)
                || reference is IMemberReferenceOperation { Instance: { } target } && target.SkipConversions()?.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } writtenType
                    && !SymbolEqualityComparer.Default.Equals(writtenType.OriginalDefinition, derived)
                    && !DerivesFrom(writtenType.OriginalDefinition, derived) && !DerivesFrom(derived, writtenType.OriginalDefinition))
            {
                continue;
            }

            code = Currencies.Join(code, WrittenValue(reference, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>
    /// The argument a class's primary constructor passes, in its base call, for a parameter of its base class's
    /// constructor (<c>record Rupee(…) : Payment(Programme, Money.Of(…, Currency.INR))</c>); null when the class has no
    /// primary constructor with a base call to that constructor.
    /// </summary>
    private IArgumentOperation? BaseArgument(INamedTypeSymbol type, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax { ParameterList: not null } declaration)
            {
                continue;
            }

            if (declaration.BaseList is not { Types: { Count: > 0 } types } || types[0] is not PrimaryConstructorBaseTypeSyntax baseCall
                || _search.ModelOf(declaration.SyntaxTree).GetOperation(baseCall, cancellationToken) is not IInvocationOperation invocation
                || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, parameter.ContainingSymbol.OriginalDefinition))
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return argument;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether a record declares a copy constructor of its own (what a <c>with</c> copy holds is then its code's).</summary>
    private static bool HasOwnCopyConstructor(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 1 && !constructor.IsImplicitlyDeclared
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type.OriginalDefinition, type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
