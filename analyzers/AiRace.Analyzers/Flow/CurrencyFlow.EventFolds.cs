using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Event folds (issue 12 §1, the fifth team's projections): a method of the code that folds a stream of events into a
/// record seeded in a stated currency (<c>events.Aggregate(FundState.Empty(stream, currency), Apply)</c>, or <c>state =
/// Apply(state, e)</c> in a loop over a local seeded so) returns a state whose money member every step only keeps
/// (<c>state with { Paid = state.Paid + d.Tranche }</c>: Money's <c>+</c> throws unless both share a currency) in the
/// currency of the call's argument for that parameter: <c>Project("cn", Currency.CNY, events).Paid</c> is yuan.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly FoldedMember[] NoFoldedMembers = System.Array.Empty<FoldedMember>();

    private FactCache<FoldedMember[]>? _foldedMembers;

    private FactCache<FoldedMember[]> FoldedMembers =>
        _foldedMembers ??= Facts<FoldedMember[]>((s, c) => ComputeFoldedMembers((IMethodSymbol)s, c), NoFoldedMembers, NoFoldedMembers);

    /// <summary>Where a money member of a returned state gets its currency.</summary>
    private enum FoldKind
    {
        /// <summary>Adds nothing (a <c>throw</c>, the state itself carried on by a step).</summary>
        Neutral,

        /// <summary>Not known.</summary>
        Unknown,

        /// <summary>The currency of a Money or Currency parameter.</summary>
        Parameter,

        /// <summary>The same member of a state parameter.</summary>
        Member,

        /// <summary>A fixed currency.</summary>
        Fixed,
    }

    /// <summary>A source of a member's currency: its kind, the parameter's ordinal, or the code.</summary>
    private readonly struct FoldSource
    {
        public FoldSource(FoldKind kind, int ordinal, string? code)
        {
            Kind = kind;
            Ordinal = ordinal;
            Code = code;
        }

        public static FoldSource Neutral => new(FoldKind.Neutral, -1, null);

        public static FoldSource Unknown => new(FoldKind.Unknown, -1, null);

        public FoldKind Kind { get; }

        public int Ordinal { get; }

        public string? Code { get; }

        public bool IsUnknown => Kind == FoldKind.Unknown;

        public FoldSource Join(FoldSource other) =>
            Kind == FoldKind.Neutral ? other
            : other.Kind == FoldKind.Neutral ? this
            : Kind == other.Kind && Ordinal == other.Ordinal && Code == other.Code && Kind != FoldKind.Unknown ? this
            : Unknown;
    }

    /// <summary>A money member of the state a method returns, with where every return gets its currency.</summary>
    private sealed class FoldedMember
    {
        public FoldedMember(IPropertySymbol property, FoldSource source)
        {
            Property = property;
            Source = source;
        }

        public IPropertySymbol Property { get; }

        public FoldSource Source { get; }
    }

    /// <summary>What a method's body is read with: the method, its body, and the (local, member) pairs being followed.</summary>
    private sealed class FoldContext
    {
        public FoldContext(IMethodSymbol method, SyntaxNode declaration, IOperation body)
        {
            Method = method;
            Declaration = declaration;
            Body = body;
        }

        public IMethodSymbol Method { get; }

        public SyntaxNode Declaration { get; }

        public IOperation Body { get; }

        public List<(ILocalSymbol Local, IPropertySymbol Property)> Following { get; } = new();
    }

    /// <summary>
    /// The currency of a money member read on the result of a call of a method that folds events into a state (see the
    /// type's summary), the call made right there, awaited, or held by a local written once; else null.
    /// </summary>
    private string? FoldedStateValue(IOperation? instance, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (instance.SkipConversions() is not (ILocalReferenceOperation or IInvocationOperation or IAwaitOperation) || depth > MaxDepth || property.IsStatic || property.IsIndexer || property.SetMethod is { IsInitOnly: false }
            || property.ContainingType is not { IsRecord: true } state || !_types.IsMoney(property.Type))
        {
            return null;
        }

        var value = instance.SkipConversions();
        if (value is ILocalReferenceOperation)
        {
            value = ValueFlow.SingleValue(value, null, _singleValues, mode, cancellationToken)?.SkipConversions();
        }

        bool awaited = false;
        if (value is IAwaitOperation { Operation: var task })
        {
            value = task.SkipConversions();
            awaited = true;
        }

        if (value is not IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } target } call
            || target.IsAsync != awaited || !SymbolEqualityComparer.Default.Equals(StateReturned(target), state)
            || !_search.IsOwn(target) || !CanFollowBody(target.OriginalDefinition))
        {
            return null;
        }

        foreach (var member in FoldedMembers.Get(target.OriginalDefinition, cancellationToken))
        {
            if (SymbolEqualityComparer.Default.Equals(member.Property, property.OriginalDefinition))
            {
                return FoldedAt(call, member.Source, property, depth + 1, mode, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The currency a source of a called method's state member has at one call.</summary>
    private string? FoldedAt(IInvocationOperation call, FoldSource source, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        switch (source.Kind)
        {
            case FoldKind.Fixed:
                return source.Code;
            case FoldKind.Parameter when ArgumentOfOrdinal(call, source.Ordinal) is { } given:
                return Currencies.Known(Value(given, depth, mode, cancellationToken));
            case FoldKind.Member when ArgumentOfOrdinal(call, source.Ordinal) is { } given:
                return FoldedStateValue(given, property, depth, mode, cancellationToken) ?? ReceiverMemberValue(given, property, depth, mode, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>The record a method returns (its task's result, for an <c>async</c> one), or null.</summary>
    private static INamedTypeSymbol? StateReturned(IMethodSymbol method)
    {
        var returned = method.ReturnType as INamedTypeSymbol;
        if (method.IsAsync)
        {
            returned = returned is { TypeArguments.Length: 1 } task && CallSource.IsTasks(task) ? task.TypeArguments[0] as INamedTypeSymbol : null;
        }

        return returned is { IsRecord: true } record && CopiesAsDeclared(record) ? record : null;
    }

    private FoldedMember[] ComputeFoldedMembers(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (StateReturned(method) is not { } state || !CanFollowBody(method) || BodyOf(method, cancellationToken) is not { } body
            || _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken) is not { } operation)
        {
            return NoFoldedMembers;
        }

        var context = new FoldContext(method, method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), operation);
        List<FoldedMember>? found = null;
        foreach (var member in state.GetMembers())
        {
            if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false } property || !_types.IsMoney(property.Type)
                || property.SetMethod is { IsInitOnly: false } || Annotations.PositionalParameter(property) is null)
            {
                continue;
            }

            var source = FoldSource.Neutral;
            foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
            {
                source = source.Join(returned is null ? FoldSource.Unknown : StateSource(returned, property, context, 0, cancellationToken));
                if (source.IsUnknown)
                {
                    break;
                }
            }

            if (source.Kind is FoldKind.Parameter or FoldKind.Member or FoldKind.Fixed)
            {
                (found ??= new List<FoldedMember>()).Add(new FoldedMember(property, source));
            }
        }

        return found is null ? NoFoldedMembers : found.ToArray();
    }

    /// <summary>Where a state value of the body gives one of its money members its currency.</summary>
    private FoldSource StateSource(IOperation? value, IPropertySymbol property, FoldContext context, int depth, CancellationToken cancellationToken)
    {
        if (depth > 12)
        {
            return FoldSource.Unknown;
        }

        switch (value?.SkipConversions())
        {
            case IThrowOperation:
                return FoldSource.Neutral;

            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In } parameter }
                when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, context.Method)
                    && SymbolEqualityComparer.Default.Equals(parameter.Type, property.ContainingType)
                    && !IsWrittenIn(context.Declaration, parameter.Name, ofTypeParameter: false, cancellationToken):
                return new FoldSource(FoldKind.Member, parameter.Ordinal, null);

            case ILocalReferenceOperation { Local: { IsRef: false } local }:
                return LocalStateSource(local, property, context, depth + 1, cancellationToken);

            case IObjectCreationOperation { Constructor: { } constructor } creation
                when SymbolEqualityComparer.Default.Equals(creation.Type, property.ContainingType):
                if (creation.Initializer is { } initializer)
                {
                    if (!SetsOnlyPlainMembers(initializer, cancellationToken))
                    {
                        return FoldSource.Unknown;
                    }

                    foreach (var item in initializer.Initializers)
                    {
                        if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                            && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
                        {
                            return MoneySource(assignment.Value, context, depth + 1, cancellationToken);
                        }
                    }
                }

                return Annotations.PositionalParameter(property.OriginalDefinition) is { } positional
                    && SymbolEqualityComparer.Default.Equals(positional.ContainingSymbol, constructor.OriginalDefinition)
                    && GivenFor(creation, positional.Ordinal) is { } given
                    ? MoneySource(given, context, depth + 1, cancellationToken)
                    : FoldSource.Unknown;

            case IWithOperation { Operand: { } original } copy when SymbolEqualityComparer.Default.Equals(copy.Type, property.ContainingType):
                if (!SetsOnlyPlainMembers(copy.Initializer, cancellationToken))
                {
                    return FoldSource.Unknown;
                }

                foreach (var item in copy.Initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
                    {
                        return MoneySource(assignment.Value, context, depth + 1, cancellationToken);
                    }
                }

                return StateSource(original, property, context, depth + 1, cancellationToken);

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return StateSource(conditional.WhenTrue, property, context, depth + 1, cancellationToken)
                    .Join(StateSource(whenFalse, property, context, depth + 1, cancellationToken));

            case ISwitchExpressionOperation switched:
                var arms = FoldSource.Neutral;
                foreach (var arm in switched.Arms)
                {
                    arms = arms.Join(StateSource(arm.Value, property, context, depth + 1, cancellationToken));
                    if (arms.IsUnknown)
                    {
                        break;
                    }
                }

                return arms;

            case IInvocationOperation { TargetMethod: { Name: "Aggregate", Parameters.Length: 3 } aggregate } fold
                when CallSource.IsLinq(aggregate.ContainingType) && fold.Arguments.Length == 3
                    && SymbolEqualityComparer.Default.Equals(aggregate.ReturnType, property.ContainingType):
                // source.Aggregate(seed, step): the seed, or what the step makes of the state it is given
                return StateSource(ArgumentOfOrdinal(fold, 1), property, context, depth + 1, cancellationToken)
                    .Join(StepSource(ArgumentOfOrdinal(fold, 2), property, cancellationToken));

            case IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Ordinary, IsGenericMethod: false, IsAsync: false } called } call
                when SymbolEqualityComparer.Default.Equals(StateReturned(called), property.ContainingType) && _search.IsOwn(called) && CanFollowBody(called.OriginalDefinition):
                foreach (var member in FoldedMembers.Get(called.OriginalDefinition, cancellationToken))
                {
                    if (SymbolEqualityComparer.Default.Equals(member.Property, property.OriginalDefinition))
                    {
                        return member.Source.Kind switch
                        {
                            FoldKind.Fixed => member.Source,
                            FoldKind.Parameter => MoneySource(ArgumentOfOrdinal(call, member.Source.Ordinal), context, depth + 1, cancellationToken),
                            FoldKind.Member => StateSource(ArgumentOfOrdinal(call, member.Source.Ordinal), property, context, depth + 1, cancellationToken),
                            _ => FoldSource.Unknown,
                        };
                    }
                }

                return FoldSource.Unknown;

            default:
                return FoldSource.Unknown;
        }
    }

    /// <summary>
    /// What a step function given to <c>Aggregate</c> makes of the member of the state it is given: nothing new when it
    /// only keeps it (a method of the code whose returns give the member of its first parameter), a fixed currency, else unknown.
    /// </summary>
    private FoldSource StepSource(IOperation? step, IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (step?.SkipConversions() is not IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { MethodKind: MethodKind.Ordinary, IsGenericMethod: false, IsAsync: false } method } }
            || !_search.IsOwn(method) || !CanFollowBody(method.OriginalDefinition))
        {
            return FoldSource.Unknown;
        }

        foreach (var member in FoldedMembers.Get(method.OriginalDefinition, cancellationToken))
        {
            if (SymbolEqualityComparer.Default.Equals(member.Property, property.OriginalDefinition))
            {
                return member.Source.Kind == FoldKind.Member && member.Source.Ordinal == 0 ? FoldSource.Neutral
                    : member.Source.Kind == FoldKind.Fixed ? member.Source
                    : FoldSource.Unknown;
            }
        }

        return FoldSource.Unknown;
    }

    /// <summary>
    /// Where a local of the body holding a state gets a member: every value written into it (its initializer and plain
    /// assignments), the local's own member carried on by a step adding nothing; unknown when the local may be written
    /// any other way.
    /// </summary>
    private FoldSource LocalStateSource(ILocalSymbol local, IPropertySymbol property, FoldContext context, int depth, CancellationToken cancellationToken)
    {
        foreach (var (following, member) in context.Following)
        {
            if (SymbolEqualityComparer.Default.Equals(following, local))
            {
                // the local's own member, carried on by a step while its writes are being read
                return SymbolEqualityComparer.Default.Equals(member, property) ? FoldSource.Neutral : FoldSource.Unknown;
            }
        }

        context.Following.Add((local, property));
        try
        {
            var source = FoldSource.Neutral;
            bool declared = false;
            foreach (var operation in context.Body.DescendantsAndSelf())
            {
                IOperation? written = null;
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Initializer is null && declarator.Parent is not IVariableDeclarationOperation)
                        {
                            return FoldSource.Unknown;
                        }

                        written = declarator.Initializer?.Value;
                        declared = true;
                        break;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                        if (reference.Parent is ISimpleAssignmentOperation { IsRef: false } assignment && assignment.Target == reference)
                        {
                            written = assignment.Value;
                        }
                        else if (!IsPlainStateRead(reference))
                        {
                            return FoldSource.Unknown;
                        }

                        break;
                    default:
                        continue;
                }

                if (written is not null)
                {
                    source = source.Join(StateSource(written, property, context, depth + 1, cancellationToken));
                    if (source.IsUnknown)
                    {
                        return source;
                    }
                }
            }

            // a local the body declares otherwise (a pattern's, a loop's, an out variable) holds what the flow cannot see here
            return declared ? source : FoldSource.Unknown;
        }
        finally
        {
            context.Following.RemoveAt(context.Following.Count - 1);
        }
    }

    /// <summary>Whether a read of a state local only reads it: a member read, a by-value argument, a return, a copy's original.</summary>
    private static bool IsPlainStateRead(ILocalReferenceOperation reference)
    {
        IOperation read = reference;
        while (read.Parent is IConversionOperation { OperatorMethod: null } conversion)
        {
            read = conversion;
        }

        return read.Parent switch
        {
            IPropertyReferenceOperation { Instance: { } instance } => instance == read,
            IArgumentOperation { Parameter.RefKind: RefKind.None } => true,
            IReturnOperation => true,
            IWithOperation { Operand: { } operand } => operand == read,
            IVariableInitializerOperation => true,
            ISimpleAssignmentOperation { IsRef: false } assignment => assignment.Value == read,
            _ => false,
        };
    }

    /// <summary>Where a money (or Currency) value of the body gets its currency.</summary>
    private FoldSource MoneySource(IOperation? value, FoldContext context, int depth, CancellationToken cancellationToken)
    {
        if (value is null || depth > 12)
        {
            return FoldSource.Unknown;
        }

        switch (value.SkipConversions())
        {
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In } parameter }
                when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, context.Method)
                    && (_types.IsMoney(parameter.Type) || _types.IsCurrency(parameter.Type))
                    && !IsWrittenIn(context.Declaration, parameter.Name, ofTypeParameter: false, cancellationToken):
                return new FoldSource(FoldKind.Parameter, parameter.Ordinal, null);

            case IPropertyReferenceOperation { Property: { Name: "Currency", IsStatic: false } currency, Instance: { } money } when _types.IsMoney(currency.ContainingType):
                return MoneySource(money, context, depth + 1, cancellationToken);

            case IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } member, Instance: { } instance }
                when _types.IsMoney(member.Type) && member.ContainingType is { IsRecord: true } && SymbolEqualityComparer.Default.Equals(instance.Type, member.ContainingType)
                    && member.SetMethod is null or { IsInitOnly: true } && Annotations.PositionalParameter(member.OriginalDefinition) is not null:
                return StateSource(instance, member, context, depth + 1, cancellationToken);

            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when _types.IsMoney(unary.Type):
                return MoneySource(unary.Operand, context, depth + 1, cancellationToken);

            case IBinaryOperation { OperatorMethod: { } method } binary when method.IsOn(_types.Money) && _types.IsMoney(binary.Type):
                bool leftIsMoney = _types.IsMoney(binary.LeftOperand.Type);
                bool rightIsMoney = _types.IsMoney(binary.RightOperand.Type);
                if (leftIsMoney && rightIsMoney && binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
                {
                    // Money's + and - throw unless both share a currency: the result has either's
                    var left = MoneySource(binary.LeftOperand, context, depth + 1, cancellationToken);
                    return left.IsUnknown ? MoneySource(binary.RightOperand, context, depth + 1, cancellationToken) : left;
                }

                return leftIsMoney != rightIsMoney && binary.OperatorKind is BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide
                    ? MoneySource(leftIsMoney ? binary.LeftOperand : binary.RightOperand, context, depth + 1, cancellationToken)
                    : FoldSource.Unknown;

            case IInvocationOperation { TargetMethod: { } made } invocation when _types.IsMoney(made.ContainingType) && _types.IsMoney(invocation.Type)
                && SourceOf(made) is { Kind: CallSourceKind.Arguments, CurrencyParameters: 1, ParameterIsCode: false } source:
                // Money.Zero(currency), Money.Of(x, currency)
                return MoneySource(ArgumentOfOrdinal(invocation, source.CurrencyOrdinal), context, depth + 1, cancellationToken);
        }

        return !BindingActive && Currencies.Known(Value(value, 0, FlowMode.Exact, cancellationToken)) is { } code
            ? new FoldSource(FoldKind.Fixed, -1, code)
            : FoldSource.Unknown;
    }

    /// <summary>
    /// The currency of a call of an extension method of the code whose every return is made only of money members of its
    /// receiver (<c>Headroom(this FundState s) =&gt; s.Ceiling - s.Paid</c>), called on the result of an event fold
    /// (<see cref="FoldedStateValue"/>): Money's <c>+</c> and <c>-</c> throw unless both share a currency, so a return
    /// has the currency of any of its members the fold gives one; null unless every return has one and they agree.
    /// </summary>
    private string? FromFoldedReceiverReturn(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (!method.IsExtensionMethod || depth > MaxDepth || method.Parameters.Length == 0
            || (invocation.Instance ?? ArgumentOfOrdinal(invocation, 0)) is not { } receiver
            || receiver.SkipConversions() is not (ILocalReferenceOperation or IInvocationOperation or IAwaitOperation)
            || !_types.IsMoney(invocation.Type) || !IsModelReceiver(method.Parameters[0])
            || ReceiverMemberReturns.Get(method.OriginalDefinition, cancellationToken).Length == 0
            || BodyOf(method.OriginalDefinition, cancellationToken) is not { } body)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            var members = new List<IPropertySymbol>();
            AddReceiverMembers(returned, members);
            string? either = null;
            foreach (var member in members)
            {
                either = FoldedStateValue(receiver, member, depth + 1, mode, cancellationToken);
                if (either is not null)
                {
                    break;
                }
            }

            code = Currencies.Join(code, either);
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.Known(code);
    }
}
