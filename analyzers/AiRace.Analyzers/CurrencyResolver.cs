using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Works out the currency of a Money or Currency expression when it is certain at compile time: static currency
/// members, constant codes, currency-specific factories, and values that flow through locals, readonly fields and
/// get-only properties initialised once. Returns null whenever it is not certain. One instance serves one operation
/// block: its caches (resolved locals, local writes) live exactly as long as the block's analysis.
/// </summary>
internal sealed class CurrencyResolver
{
    private const int MaxDepth = 12;

    private readonly Dictionary<ILocalSymbol, Resolved> _locals = new(SymbolEqualityComparer.Default);
    private readonly LocalWrites _writes = new();
    private readonly KnownTypes _types;
    private readonly MemberValues _members;

    public CurrencyResolver(KnownTypes types, MemberValues members)
    {
        _types = types;
        _members = members;
    }

    public string? Resolve(IOperation? operation, CancellationToken cancellationToken) => Resolve(operation, 0, new Walk(), cancellationToken);

    /// <summary>
    /// A cheap, non-recursive first look: false when the expression's currency can never be resolved (a parameter,
    /// <c>this</c>, an array element, a call to something other than Money or Currency), so the caller can skip the
    /// full resolution.
    /// </summary>
    public bool CouldBeKnown(IOperation? operation) => operation.SkipImplicitConversions() switch
    {
        null => false,
        IParameterReferenceOperation or IInstanceReferenceOperation or IArrayElementReferenceOperation or IDefaultValueOperation => false,
        IInvocationOperation invocation => invocation.TargetMethod.IsOn(_types.Money) || invocation.TargetMethod.IsOn(_types.Currency),
        _ => true,
    };

    /// <summary>The currency of the target of a compound assignment, before that assignment writes it.</summary>
    public string? ResolveCompoundTarget(ICompoundAssignmentOperation compound, CancellationToken cancellationToken) =>
        compound.Target is ILocalReferenceOperation
            ? Resolve(ValueFlow.SingleValue(compound.Target, compound, _writes, _members, cancellationToken), 1, new Walk(), cancellationToken)
            : Resolve(compound.Target, 0, new Walk(), cancellationToken);

    private string? Resolve(IOperation? operation, int depth, Walk walk, CancellationToken cancellationToken)
    {
        if (operation is null)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            walk.Truncated = true;
            return null;
        }

        operation = operation.SkipImplicitConversions();
        int next = depth + 1;
        switch (operation)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when _types.IsCurrency(field.ContainingType) && _types.IsCurrency(field.Type):
                return IsCodeShaped(field.Name) && CurrencyCodes.IsActive(field.Name) ? field.Name : null;

            case IObjectCreationOperation creation when _types.IsMoney(creation.Type):
                return FromArguments(creation.Arguments, next, walk, cancellationToken);

            case IInvocationOperation invocation:
                return FromInvocation(invocation, next, walk, cancellationToken);

            case IBinaryOperation { OperatorMethod: { } method } binary when method.IsOn(_types.Money) && _types.IsMoney(binary.Type):
                return Same(
                    _types.IsMoney(binary.LeftOperand.Type) ? Resolve(binary.LeftOperand, next, walk, cancellationToken) : null,
                    _types.IsMoney(binary.RightOperand.Type) ? Resolve(binary.RightOperand, next, walk, cancellationToken) : null,
                    eitherSuffices: !(_types.IsMoney(binary.LeftOperand.Type) && _types.IsMoney(binary.RightOperand.Type)));

            case IUnaryOperation unary when _types.IsMoney(unary.Type):
                return Resolve(unary.Operand, next, walk, cancellationToken);

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Same(Resolve(conditional.WhenTrue, next, walk, cancellationToken), Resolve(whenFalse, next, walk, cancellationToken), eitherSuffices: false);

            case IConditionalAccessInstanceOperation instance:
                return Resolve(ReceiverOf(instance), next, walk, cancellationToken);

            case IPropertyReferenceOperation { Property.Name: "Currency", Instance: { } receiver } property when _types.IsMoney(property.Property.ContainingType):
                return Resolve(receiver, next, walk, cancellationToken);

            case ILocalReferenceOperation local:
                return ResolveLocal(local, next, walk, cancellationToken);

            case IFieldReferenceOperation:
            case IPropertyReferenceOperation:
                return Resolve(ValueFlow.SingleValue(operation, null, _writes, _members, cancellationToken), next, walk, cancellationToken);

            default:
                return null;
        }
    }

    /// <summary>
    /// A local's currency, computed once per operation block: a method comparing many amounts with the same locals
    /// resolves each local once. Only results that did not hit the depth limit are kept, so the answer never depends
    /// on the order in which callbacks ran.
    /// </summary>
    private string? ResolveLocal(ILocalReferenceOperation local, int depth, Walk walk, CancellationToken cancellationToken)
    {
        Resolved? known;
        lock (_locals)
        {
            _locals.TryGetValue(local.Local, out known);
        }

        if (known is not null)
        {
            return known.Code;
        }

        bool truncatedBefore = walk.Truncated;
        walk.Truncated = false;
        string? code = Resolve(ValueFlow.SingleValue(local, null, _writes, _members, cancellationToken), depth, walk, cancellationToken);
        if (!walk.Truncated)
        {
            lock (_locals)
            {
                _locals[local.Local] = new Resolved(code);
            }
        }

        walk.Truncated |= truncatedBefore;
        return code;
    }

    private string? FromInvocation(IInvocationOperation invocation, int depth, Walk walk, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.IsOn(_types.Currency) && method.IsStatic && _types.IsCurrency(method.ReturnType)
            && (method.Name is "FromCode" or "Parse") && invocation.Arguments.Length >= 1)
        {
            return ConstantCode(invocation.Arguments[0].Value);
        }

        if (!method.IsOn(_types.Money) || !_types.IsMoney(method.ReturnType))
        {
            return null;
        }

        if (!method.IsStatic)
        {
            return invocation.Instance is null ? null : Resolve(invocation.Instance, depth, walk, cancellationToken);
        }

        if (method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Decimal)
        {
            // Money.Cny(…), Money.Usd(…): the factory's name is the code
            string upper = method.Name.ToUpperInvariant();
            return IsCodeShaped(upper) && CurrencyCodes.IsActive(upper) ? upper : null;
        }

        if (method.Name is "Min" or "Max" && invocation.Arguments.Length == 2)
        {
            return Same(Resolve(invocation.Arguments[0].Value, depth, walk, cancellationToken), Resolve(invocation.Arguments[1].Value, depth, walk, cancellationToken), eitherSuffices: false);
        }

        return FromArguments(invocation.Arguments, depth, walk, cancellationToken);
    }

    private string? FromArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth, Walk walk, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (_types.IsCurrency(parameter.Type))
            {
                return Resolve(argument.Value, depth, walk, cancellationToken);
            }

            if (parameter.Type.SpecialType == SpecialType.System_String && parameter.Name.IndexOf("urrency", System.StringComparison.Ordinal) >= 0)
            {
                return ConstantCode(argument.Value);
            }
        }

        return null;
    }

    private static string? ConstantCode(IOperation value)
    {
        var constant = value.SkipConversions()?.ConstantValue ?? default;
        return constant.HasValue && constant.Value is string code && CurrencyCodes.IsActive(code) ? code : null;
    }

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

    private static string? Same(string? left, string? right, bool eitherSuffices)
    {
        if (left is not null && right is not null)
        {
            return left == right ? left : null;
        }

        return eitherSuffices ? left ?? right : null;
    }

    private static bool IsCodeShaped(string name) =>
        name.Length == 3 && char.IsUpper(name[0]) && char.IsUpper(name[1]) && char.IsUpper(name[2]);

    /// <summary>State of one resolution: whether some branch stopped at the depth limit.</summary>
    private sealed class Walk
    {
        public bool Truncated { get; set; }
    }

    /// <summary>A cached answer (the code, or null for "not known").</summary>
    private sealed class Resolved
    {
        public Resolved(string? code) => Code = code;

        public string? Code { get; }
    }
}
