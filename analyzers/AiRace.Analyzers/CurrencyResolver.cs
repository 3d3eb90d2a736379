using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Works out the currency of a Money or Currency expression when it is certain at compile time: static currency
/// members, constant codes, currency-specific factories, and values that flow through locals, readonly fields and
/// get-only properties initialised once. Returns null whenever it is not certain. One instance serves a compilation and
/// holds no state of its own besides the compilation's member values, so concurrent callbacks share it freely.
/// </summary>
internal sealed class CurrencyResolver
{
    private const int MaxDepth = 12;

    private readonly KnownTypes _types;
    private readonly MemberValues _members;

    public CurrencyResolver(KnownTypes types, MemberValues members)
    {
        _types = types;
        _members = members;
    }

    /// <summary>The currency of a Money or Currency expression, or null when it is not certain (see <see cref="FlowMode"/>).</summary>
    public string? Resolve(IOperation? operation, FlowMode mode, CancellationToken cancellationToken) => Resolve(operation, 0, mode, cancellationToken);

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
    public string? ResolveCompoundTarget(ICompoundAssignmentOperation compound, FlowMode mode, CancellationToken cancellationToken) =>
        compound.Target is ILocalReferenceOperation
            ? Resolve(ValueFlow.SingleValue(compound.Target, compound, _members, mode, cancellationToken), 1, mode, cancellationToken)
            : Resolve(compound.Target, 0, mode, cancellationToken);

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

        operation = operation.SkipImplicitConversions();
        int next = depth + 1;
        switch (operation)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when _types.IsCurrency(field.ContainingType) && _types.IsCurrency(field.Type):
                return IsCodeShaped(field.Name) && CurrencyCodes.IsActive(field.Name) ? field.Name : null;

            case IObjectCreationOperation creation when _types.IsMoney(creation.Type):
                return FromArguments(creation.Arguments, next, mode, cancellationToken);

            case IInvocationOperation invocation:
                return FromInvocation(invocation, next, mode, cancellationToken);

            case IBinaryOperation { OperatorMethod: { } method } binary when method.IsOn(_types.Money) && _types.IsMoney(binary.Type):
                return Same(
                    _types.IsMoney(binary.LeftOperand.Type) ? Resolve(binary.LeftOperand, next, mode, cancellationToken) : null,
                    _types.IsMoney(binary.RightOperand.Type) ? Resolve(binary.RightOperand, next, mode, cancellationToken) : null,
                    eitherSuffices: !(_types.IsMoney(binary.LeftOperand.Type) && _types.IsMoney(binary.RightOperand.Type)));

            case IUnaryOperation unary when _types.IsMoney(unary.Type):
                return Resolve(unary.Operand, next, mode, cancellationToken);

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Same(Resolve(conditional.WhenTrue, next, mode, cancellationToken), Resolve(whenFalse, next, mode, cancellationToken), eitherSuffices: false);

            case IConditionalAccessInstanceOperation instance:
                return Resolve(ReceiverOf(instance), next, mode, cancellationToken);

            case IPropertyReferenceOperation { Property.Name: "Currency", Instance: { } receiver } property when _types.IsMoney(property.Property.ContainingType):
                return Resolve(receiver, next, mode, cancellationToken);

            case ILocalReferenceOperation:
            case IFieldReferenceOperation:
            case IPropertyReferenceOperation:
                return Resolve(ValueFlow.SingleValue(operation, null, _members, mode, cancellationToken), next, mode, cancellationToken);

            default:
                return null;
        }
    }

    private string? FromInvocation(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
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
            return invocation.Instance is null ? null : Resolve(invocation.Instance, depth, mode, cancellationToken);
        }

        if (method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Decimal)
        {
            // Money.Cny(…), Money.Usd(…): the factory's name is the code
            string upper = method.Name.ToUpperInvariant();
            return IsCodeShaped(upper) && CurrencyCodes.IsActive(upper) ? upper : null;
        }

        if (method.Name is "Min" or "Max" && invocation.Arguments.Length == 2)
        {
            return Same(Resolve(invocation.Arguments[0].Value, depth, mode, cancellationToken), Resolve(invocation.Arguments[1].Value, depth, mode, cancellationToken), eitherSuffices: false);
        }

        return FromArguments(invocation.Arguments, depth, mode, cancellationToken);
    }

    private string? FromArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth, FlowMode mode, CancellationToken cancellationToken)
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
                return Resolve(argument.Value, depth, mode, cancellationToken);
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
}
