using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// An event fold given events of another currency than its seed (issue 12 §1): <c>Project(Streams.Chips, Currency.CNY,
/// Seed.America())</c> where <c>Project(string stream, Currency currency, IEnumerable&lt;FundEvent&gt; events) =&gt;
/// events.Where(e =&gt; e.Stream == stream).Aggregate(FundState.Empty(stream, currency), Apply)</c> and <c>Apply</c>'s arm
/// <c>Disbursed d =&gt; state with { Paid = state.Paid + d.Tranche }</c>: a dollar tranche the call's events surely
/// hold, which the filter surely keeps, is added to the yuan the seed gives <c>Paid</c>.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>A cheap first look: a method of the code returning a record, with a parameter of Currency (an event fold's seed).</summary>
    public static bool MayFoldEvents(IMethodSymbol method, KnownTypes types)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod || method.IsAsync || method.ReturnType is not INamedTypeSymbol { IsRecord: true }
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (types.IsCurrency(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The seed's currency, the element's and what meets them, when a call of an event fold (see the type's summary)
    /// surely adds a member of an element in another currency than the seed's to the state; else null.
    /// </summary>
    public (string Seed, string Element, string What)? EventFoldMix(IInvocationOperation call, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod;
        if (!MayFoldEvents(method, _types) || !_search.IsOwn(method) || !CanFollowBody(method.OriginalDefinition)
            || FoldedMembers.Get(method.OriginalDefinition, cancellationToken).Length == 0
            || BodyOf(method.OriginalDefinition, cancellationToken) is not ExpressionSyntax body
            || _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken)?.SkipConversions() is not IInvocationOperation { TargetMethod: { Name: "Aggregate", Parameters.Length: 3 } aggregate } fold
            || !CallSource.IsLinq(aggregate.ContainingType)
            || ArgumentOfOrdinal(fold, 2)?.SkipConversions() is not IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { IsStatic: true, MethodKind: MethodKind.Ordinary, IsGenericMethod: false, Parameters.Length: 2 } step } }
            || !_search.IsOwn(step) || !CanFollowBody(step.OriginalDefinition))
        {
            return null;
        }

        var declaration = method.OriginalDefinition.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (FoldedSource(ArgumentOfOrdinal(fold, 0), declaration, out var filter, cancellationToken) is not { } events
            || ArgumentOfOrdinal(call, events.Ordinal) is not { } given)
        {
            return null;
        }

        foreach (var member in FoldedMembers.Get(method.OriginalDefinition, cancellationToken))
        {
            if (member.Source.Kind != FoldKind.Parameter || ArgumentOfOrdinal(call, member.Source.Ordinal) is not { } seedArgument
                || Currencies.Known(Value(seedArgument, 0, FlowMode.Exact, cancellationToken)) is not { } seed)
            {
                continue;
            }

            foreach (var (type, added) in AddingArms(step.OriginalDefinition, member.Property, cancellationToken))
            {
                foreach (var element in ListedElements(given, cancellationToken))
                {
                    if (element.SkipConversions() is IObjectCreationOperation { Constructor: { } constructor } creation
                        && SymbolEqualityComparer.Default.Equals(creation.Type, type)
                        && (filter.Member is null || Kept(creation, filter, call, cancellationToken))
                        && Annotations.PositionalParameter(added) is { } positional && SymbolEqualityComparer.Default.Equals(positional.ContainingSymbol, constructor)
                        && GivenFor(creation, positional.Ordinal) is { } amount
                        && Currencies.Known(Value(amount, 0, FlowMode.Exact, cancellationToken)) is { } code && code != seed)
                    {
                        return (seed, code, method.Name + ": " + step.Name + " adds " + type.Name + "." + added.Name + " to " + member.Property.Name);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The events parameter a fold's source reads (the parameter itself, or its <c>Where</c> by a test <c>e.Member ==
    /// other</c>, other a parameter or a constant), and that filter; null for any other source.
    /// </summary>
    private IParameterSymbol? FoldedSource(IOperation? source, SyntaxNode declaration, out (IPropertySymbol? Member, IOperation? Compared) filter, CancellationToken cancellationToken)
    {
        filter = (null, null);
        var read = source?.SkipConversions();
        if (read is IInvocationOperation { TargetMethod: { Name: "Where", Parameters.Length: 2 } where } filtered && CallSource.IsLinq(where.ContainingType)
            && where.Parameters[1].Type is INamedTypeSymbol { TypeArguments.Length: 2 }
            && ArgumentOfOrdinal(filtered, 1)?.SkipConversions() is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters: { Length: 1 } lambda, Body.Operations: { Length: 1 } operations } }
            && operations[0] is IReturnOperation { ReturnedValue: IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } test })
        {
            IPropertySymbol? member = null;
            IOperation? compared = null;
            foreach (var (one, other) in new[] { (test.LeftOperand, test.RightOperand), (test.RightOperand, test.LeftOperand) })
            {
                if (one.SkipConversions() is IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property, Instance: IParameterReferenceOperation element }
                    && SymbolEqualityComparer.Default.Equals(element.Parameter, lambda[0]) && property.SetMethod is null or { IsInitOnly: true }
                    && Annotations.PositionalParameter(property.OriginalDefinition) is not null)
                {
                    member = property.OriginalDefinition;
                    compared = other.SkipConversions();
                    break;
                }
            }

            if (member is null || compared is null || test.OperatorMethod is not null && member.Type.SpecialType != SpecialType.System_String
                || compared is not IParameterReferenceOperation { Parameter.RefKind: RefKind.None } && !compared.ConstantValue.HasValue
                || compared is IParameterReferenceOperation { Parameter: var kept } && IsWrittenIn(declaration, kept.Name, ofTypeParameter: false, cancellationToken))
            {
                return null;
            }

            filter = (member, compared);
            read = ArgumentOfOrdinal(filtered, 0)?.SkipConversions();
        }

        return read is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } events } && !IsWrittenIn(declaration, events.Name, ofTypeParameter: false, cancellationToken)
            ? events
            : null;
    }

    /// <summary>
    /// The arms of a step function (<c>Apply(FundState state, FundEvent e) =&gt; e switch { … }</c>) that add a money
    /// member of the event to the state's member (<c>Disbursed d =&gt; state with { Paid = state.Paid + d.Tranche }</c>),
    /// each with the sealed record it matches and the member added; only arms no earlier arm can take from it.
    /// </summary>
    private List<(INamedTypeSymbol Type, IPropertySymbol Added)> AddingArms(IMethodSymbol step, IPropertySymbol property, CancellationToken cancellationToken)
    {
        var arms = new List<(INamedTypeSymbol, IPropertySymbol)>();
        if (BodyOf(step, cancellationToken) is not ExpressionSyntax body
            || _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken)?.SkipConversions() is not ISwitchExpressionOperation { Value: IParameterReferenceOperation { Parameter.Ordinal: 1 } } switched)
        {
            return arms;
        }

        var earlier = new List<ITypeSymbol>();
        foreach (var arm in switched.Arms)
        {
            if (arm.Guard is not null || arm.Pattern is not IDeclarationPatternOperation { MatchedType: INamedTypeSymbol { IsRecord: true, IsSealed: true } type, DeclaredSymbol: ILocalSymbol matched })
            {
                // a discard, a guard or another pattern: the arms after it are not read
                break;
            }

            if (!TakenEarlier(type, earlier)
                && arm.Value.SkipConversions() is IWithOperation { Operand: IParameterReferenceOperation { Parameter.Ordinal: 0 } } copy)
            {
                foreach (var item in copy.Initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target, Value: var value }
                        && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property)
                        && value.SkipConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: { } operation } adding
                        && operation.IsOn(_types.Money)
                        && adding.LeftOperand.SkipConversions() is IPropertyReferenceOperation { Instance: IParameterReferenceOperation { Parameter.Ordinal: 0 }, Property: var kept }
                        && SymbolEqualityComparer.Default.Equals(kept.OriginalDefinition, property)
                        && adding.RightOperand.SkipConversions() is IPropertyReferenceOperation { Instance: ILocalReferenceOperation { Local: var local }, Property: var added }
                        && SymbolEqualityComparer.Default.Equals(local, matched) && _types.IsMoney(added.Type)
                        && SymbolEqualityComparer.Default.Equals(added.ContainingType, type))
                    {
                        arms.Add((type, added.OriginalDefinition));
                    }
                }
            }

            earlier.Add(type);
        }

        return arms;

        static bool TakenEarlier(INamedTypeSymbol type, List<ITypeSymbol> earlier)
        {
            foreach (var taken in earlier)
            {
                for (var current = (INamedTypeSymbol?)type; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, taken))
                    {
                        return true;
                    }
                }

                foreach (var implemented in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(implemented, taken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The elements a collection surely holds: those written out in a collection expression or an array initializer
    /// (spreads left out), given right there or returned by every return of a method of the code; else none.
    /// </summary>
    private ImmutableArray<IOperation> ListedElements(IOperation given, CancellationToken cancellationToken)
    {
        var value = given.SkipConversions();
        if (value is IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } listing }
            && _search.IsOwn(listing) && CanFollowBody(listing.OriginalDefinition) && BodyOf(listing.OriginalDefinition, cancellationToken) is ExpressionSyntax listed)
        {
            value = _search.ModelOf(listed.SyntaxTree).GetOperation(listed, cancellationToken)?.SkipConversions();
        }

        return value switch
        {
            ICollectionExpressionOperation collection => collection.Elements,
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            _ => ImmutableArray<IOperation>.Empty,
        };
    }

    /// <summary>Whether the fold's filter surely keeps a creation: the member it tests is given a constant equal to the constant it is compared with.</summary>
    private bool Kept(IObjectCreationOperation creation, (IPropertySymbol? Member, IOperation? Compared) filter, IInvocationOperation call, CancellationToken cancellationToken)
    {
        var compared = filter.Compared is IParameterReferenceOperation { Parameter: var parameter } ? ArgumentOfOrdinal(call, parameter.Ordinal)?.SkipConversions() : filter.Compared;
        return compared is { ConstantValue: { HasValue: true } expected }
            && filter.Member is { } member && CreatedMemberValue(creation, member, cancellationToken) is { ConstantValue: { HasValue: true } actual }
            && Equals(expected.Value, actual.Value);
    }

    /// <summary>
    /// The argument a creation of a record gives a positional member: its own parameter's, or, for a member of its base
    /// record, the argument of the creation for the parameter its base call passes on unchanged; else null.
    /// </summary>
    private IOperation? CreatedMemberValue(IObjectCreationOperation creation, IPropertySymbol member, CancellationToken cancellationToken)
    {
        if (Annotations.PositionalParameter(member) is not { } positional || creation.Constructor is not { } constructor)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(positional.ContainingSymbol, constructor.OriginalDefinition))
        {
            return GivenFor(creation, positional.Ordinal)?.SkipConversions();
        }

        // a member of the base record: the derived record's parameter its base call passes on as it is
        return creation.Type is INamedTypeSymbol { IsRecord: true } type && SymbolEqualityComparer.Default.Equals(type.BaseType, member.ContainingType)
            && PassedToBase(constructor.OriginalDefinition, positional, cancellationToken) is { RefKind: RefKind.None } passed && NeverWritten(passed, cancellationToken)
            ? GivenFor(creation, passed.Ordinal)?.SkipConversions()
            : null;
    }
}
