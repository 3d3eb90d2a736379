using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Works out the currency of a Money or Currency expression when it is certain at compile time: static currency
/// members, constant codes, currency-specific factories, and values that flow through locals, readonly fields and
/// get-only properties initialised once. Returns null whenever it is not certain. One instance serves a compilation; its
/// only state is what it works out once per member and per called method (member values, call sources), kept in
/// thread-safe memos, so concurrent callbacks share it freely.
/// </summary>
internal sealed class CurrencyResolver
{
    private const int MaxDepth = 12;

    private readonly KnownTypes _types;
    private readonly MemberValues _members;

    // where each called method's result gets its currency, by the method's definition
    private readonly SymbolMemo<IMethodSymbol, CallSource> _calls;

    public CurrencyResolver(KnownTypes types, MemberValues members)
    {
        _types = types;
        _members = members;
        _calls = new SymbolMemo<IMethodSymbol, CallSource>(method => CallSource.Of(method, _types));
    }

    /// <summary>The currency of a Money or Currency expression, or null when it is not certain (see <see cref="FlowMode"/>).</summary>
    [MethodImpl(Hot.Path)]
    public string? Resolve(IOperation? operation, FlowMode mode, CancellationToken cancellationToken) => Resolve(operation, 0, mode, cancellationToken);

    /// <summary>
    /// A cheap, non-recursive first look: false when the expression's currency can never be resolved (a parameter,
    /// <c>this</c>, an array element, a call to something other than Money or Currency), so the caller can skip the
    /// full resolution.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public bool CouldBeKnown(IOperation? operation) => operation.SkipImplicitConversions() switch
    {
        null => false,
        { Kind: OperationKind.ParameterReference or OperationKind.InstanceReference or OperationKind.ArrayElementReference or OperationKind.DefaultValue } => false,
        IInvocationOperation invocation => SourceOf(invocation.TargetMethod).Kind != CallSourceKind.None,
        _ => true,
    };

    /// <summary>The currency of the target of a compound assignment, before that assignment writes it.</summary>
    [MethodImpl(Hot.Path)]
    public string? ResolveCompoundTarget(ICompoundAssignmentOperation compound, FlowMode mode, CancellationToken cancellationToken) =>
        compound.Target is ILocalReferenceOperation
            ? Resolve(ValueFlow.SingleValue(compound.Target, compound, _members, mode, cancellationToken), 1, mode, cancellationToken)
            : Resolve(compound.Target, 0, mode, cancellationToken);

    [MethodImpl(Hot.Path)]
    private string? Resolve(IOperation? operation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (operation is null)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            return null;
        }

        operation = operation.SkipImplicitConversions()!;
        int next = depth + 1;

        // dispatch on the kind (one virtual call) rather than testing the operation against a list of interfaces
        switch (operation.Kind)
        {
            case OperationKind.FieldReference:
                var fieldReference = (IFieldReferenceOperation)operation;
                var field = fieldReference.Field;
                if (field.IsStatic && _types.IsCurrency(field.ContainingType) && _types.IsCurrency(field.Type))
                {
                    return IsCodeShaped(field.Name) && CurrencyCodes.IsActive(field.Name) ? field.Name : null;
                }

                return FromFlow(operation, next, mode, cancellationToken);

            case OperationKind.ObjectCreation:
                var creation = (IObjectCreationOperation)operation;
                if (!_types.IsMoney(creation.Type))
                {
                    return null;
                }

                return creation.Constructor is { } constructor
                    ? FromArguments(creation.Arguments, SourceOf(constructor), next, mode, cancellationToken)
                    : FromAnyArgument(creation.Arguments, next, mode, cancellationToken);

            case OperationKind.Invocation:
                return FromInvocation((IInvocationOperation)operation, next, mode, cancellationToken);

            case OperationKind.Binary:
                var binary = (IBinaryOperation)operation;
                if (binary.OperatorMethod is not { } method || !method.IsOn(_types.Money) || !_types.IsMoney(binary.Type))
                {
                    return null;
                }

                bool leftIsMoney = _types.IsMoney(binary.LeftOperand.Type);
                bool rightIsMoney = _types.IsMoney(binary.RightOperand.Type);
                if (leftIsMoney && rightIsMoney)
                {
                    return Both(binary.LeftOperand, binary.RightOperand, next, mode, cancellationToken);
                }

                return leftIsMoney ? Resolve(binary.LeftOperand, next, mode, cancellationToken)
                    : rightIsMoney ? Resolve(binary.RightOperand, next, mode, cancellationToken)
                    : null;

            case OperationKind.Unary:
                var unary = (IUnaryOperation)operation;
                return _types.IsMoney(unary.Type) ? Resolve(unary.Operand, next, mode, cancellationToken) : null;

            case OperationKind.Conditional:
                var conditional = (IConditionalOperation)operation;
                return conditional.WhenFalse is { } whenFalse ? Both(conditional.WhenTrue, whenFalse, next, mode, cancellationToken) : null;

            case OperationKind.ConditionalAccessInstance:
                return Resolve(ReceiverOf((IConditionalAccessInstanceOperation)operation), next, mode, cancellationToken);

            case OperationKind.PropertyReference:
                var property = (IPropertyReferenceOperation)operation;
                if (property.Property.Name == "Currency" && property.Instance is { } receiver && _types.IsMoney(property.Property.ContainingType))
                {
                    return Resolve(receiver, next, mode, cancellationToken);
                }

                return FromFlow(operation, next, mode, cancellationToken);

            case OperationKind.LocalReference:
                return FromFlow(operation, next, mode, cancellationToken);

            default:
                return null;
        }
    }

    /// <summary>The currency of the single value a local, readonly field or get-only property holds.</summary>
    private string? FromFlow(IOperation reference, int depth, FlowMode mode, CancellationToken cancellationToken) =>
        Resolve(ValueFlow.SingleValue(reference, null, _members, mode, cancellationToken), depth, mode, cancellationToken);

    /// <summary>Where calls of the method get their currency (worked out once per method definition).</summary>
    [MethodImpl(Hot.Path)]
    private CallSource SourceOf(IMethodSymbol method) => _calls.Get(method.OriginalDefinition);

    [MethodImpl(Hot.Path)]
    private string? FromInvocation(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var source = SourceOf(invocation.TargetMethod);
        switch (source.Kind)
        {
            case CallSourceKind.None:
                return null;
            case CallSourceKind.FirstArgumentCode:
                return invocation.Arguments.Length >= 1 ? ConstantCode(invocation.Arguments[0].Value) : null;
            case CallSourceKind.Receiver:
                return invocation.Instance is null ? null : Resolve(invocation.Instance, depth, mode, cancellationToken);
            case CallSourceKind.Fixed:
                return source.Code;
            case CallSourceKind.MinMax when invocation.Arguments.Length == 2:
                return Both(invocation.Arguments[0].Value, invocation.Arguments[1].Value, depth, mode, cancellationToken);
            default:
                return FromArguments(invocation.Arguments, source, depth, mode, cancellationToken);
        }
    }

    /// <summary>The currency given by the argument for the method's currency parameter.</summary>
    [MethodImpl(Hot.Path)]
    private string? FromArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, CallSource source, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (source.CurrencyParameters != 1)
        {
            return source.CurrencyParameters == 0 ? null : FromAnyArgument(arguments, depth, mode, cancellationToken);
        }

        // arguments come in evaluation order: nearly always the parameters' order, so the parameter's own position is
        // tried first (one reference comparison), then every argument
        int ordinal = source.CurrencyOrdinal;
        IArgumentOperation? given = null;
        if (ordinal < arguments.Length && ReferenceEquals(arguments[ordinal].Parameter, source.CurrencyParameter))
        {
            given = arguments[ordinal];
        }
        else
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && (ReferenceEquals(parameter, source.CurrencyParameter) || parameter.Ordinal == ordinal))
                {
                    given = argument;
                    break;
                }
            }
        }

        return given is null ? null
            : source.ParameterIsCode ? ConstantCode(given.Value)
            : Resolve(given.Value, depth, mode, cancellationToken);
    }

    /// <summary>The currency given by the first argument (in evaluation order) for a parameter that gives one.</summary>
    private string? FromAnyArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && CallSource.GivesCurrency(parameter, _types) is { } isCode)
            {
                return isCode ? ConstantCode(argument.Value) : Resolve(argument.Value, depth, mode, cancellationToken);
            }
        }

        return null;
    }

    [MethodImpl(Hot.Path)]
    private static string? ConstantCode(IOperation value)
    {
        var constant = value.SkipConversions()?.ConstantValue ?? default;
        return constant.HasValue && constant.Value is string code && CurrencyCodes.IsActive(code) ? code : null;
    }

    [MethodImpl(Hot.Path)]
    internal static IOperation? ReceiverOf(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>The currency two values share, or null; the second is not resolved when the first is unknown.</summary>
    [MethodImpl(Hot.Path)]
    private string? Both(IOperation first, IOperation second, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        string? code = Resolve(first, depth, mode, cancellationToken);
        return code is not null && Resolve(second, depth, mode, cancellationToken) == code ? code : null;
    }

    [MethodImpl(Hot.Path)]
    internal static bool IsCodeShaped(string name) =>
        name.Length == 3 && char.IsUpper(name[0]) && char.IsUpper(name[1]) && char.IsUpper(name[2]);
}
