using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0008: reports a date argument taken from the clock (<c>DateTime.Now</c>, <c>UtcNow</c>, <c>Today</c>,
/// <c>DateTimeOffset.Now</c>, <c>TimeProvider.System</c>) that feeds a conversion or an exchange-rate look-up: a date
/// parameter of a method or constructor that also takes a <c>RateLookup</c> (<c>Money.ConvertTo</c>,
/// <c>IExchangeRateProvider.GetRate</c>/<c>TryGetRate</c> and their implementations, <c>Normaliser.Normalise</c>,
/// <c>NormalisationBasis.AtDate</c>, <c>Conversion</c>), or the date of an <c>ExchangeRate</c>. Any other date, a
/// report's date or a parameter that merely is named <c>date</c>, is not a conversion date.
/// </summary>
internal sealed class ClockConversionDateRule : Rule, ICallRule
{
    private const int MaxDepth = 10;

    private const string RateLookupName = "AiRace.Core.RateLookup";
    private const string ExchangeRateName = "AiRace.Core.ExchangeRate";

    public ClockConversionDateRule()
        : base(Descriptors.ClockConversionDate)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "ConvertTo"),
        ApiName.Of(RateLookupName),
        ApiName.Of(ExchangeRateName, "Identity"),
        ApiName.Of("AiRace.Core.IExchangeRateProvider", "GetRate", "TryGetRate"),
        ApiName.Of("AiRace.Core.ExchangeRateTable", "GetRate", "TryGetRate"),
        ApiName.Of("AiRace.Core.Analysis.Normaliser", "Normalise"),
        ApiName.Of("AiRace.Core.Analysis.NormalisationBasis", "AtDate"),
        ApiName.Of("AiRace.Core.Conversion"),
        ApiName.Of("System.DateOnly"),
        ApiName.Of("System.DateTimeOffset"),
        ApiName.Of("System.TimeProvider"));

    /// <summary>Only calls of conversions and rate look-ups (and of ExchangeRate's members) with a date parameter can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) => HasDateParameter(method, types) && IsRateMethod(method.ReducedFrom ?? method);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        var members = context.Facts.Members;
        // cheap pre-check on the argument's own (already bound) type: only date-typed arguments are looked at further
        foreach (var argument in arguments)
        {
            if (argument.Value.Type is { } type && IsDateType(type, types))
            {
                Analyze(context, types, members, argument);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Analyze(in RuleContext context, KnownTypes types, MemberValues members, IArgumentOperation argument)
    {
        var parameter = argument.Parameter;
        if (parameter is null || !IsDateType(parameter.Type, types))
        {
            return;
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (method is null || !IsRateMethod(method))
        {
            return;
        }

        // optimistic first (no search for later writes to locals), proved exactly only when it finds a clock
        string? clock = ClockSource(argument.Value, types, 0, members, FlowMode.Optimistic, context.CancellationToken) is null
            ? null
            : ClockSource(argument.Value, types, 0, members, FlowMode.Exact, context.CancellationToken);
        if (clock is null || !FeedsConversion(context.Facts.Search, types, parameter.OriginalDefinition, 0, context.CancellationToken))
        {
            return;
        }

        string target = method is null ? parameter.Name : method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        context.Report(Diagnostic.Create(Descriptors.ClockConversionDate, argument.Value.Syntax.GetLocation(), target, clock));
    }

    /// <summary>
    /// Whether a date parameter of a rate method is a conversion date. The library's methods and those the code cannot
    /// see through (no body here, an override or an interface implementation, which may be called for the library's)
    /// are taken at their word, and so is a parameter the body never reads; a method of the compilation that takes a
    /// <c>RateLookup</c> to pass on and reads a date parameter converts at it only if its body passes that parameter (or
    /// a value computed from it) on as the date of a conversion, or stores it where it cannot be followed. A time stamp
    /// for an audit line beside the conversion date is not one, nor is a test of it (<c>c &gt; requestedAt</c> in a
    /// lambda, <c>bool late = requestedAt.Hour &gt;= 18</c>) or a number read from it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FeedsConversion(SourceSearch search, KnownTypes types, IParameterSymbol parameter, int depth, CancellationToken cancellationToken)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || depth > MaxDepth || method.DeclaringSyntaxReferences.Length != 1
            || !search.IsOwn(method) || method.IsAbstract || method.IsExtern || method.IsOverride || ImplementsInterface(method)
            || method.ContainingType is { } type && KnownTypes.IsInCoreNamespace(type))
        {
            return true;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var body = search.ModelOf(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
        if (body is null)
        {
            return true;
        }

        bool used = false;
        foreach (var operation in body.Descendants())
        {
            if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter))
            {
                if (UseFeedsConversion(search, types, reference, depth, cancellationToken))
                {
                    return true;
                }

                used = true;
            }
        }

        // a parameter the body never reads (a stub) gives no sign of what it is for: its signature is taken at its word
        return !used;
    }

    /// <summary>Whether one use of a date parameter reaches a conversion's date, or goes where it cannot be followed.</summary>
    private static bool UseFeedsConversion(SourceSearch search, KnownTypes types, IOperation reference, int depth, CancellationToken cancellationToken)
    {
        IOperation previous = reference;
        for (var current = reference.Parent; current is not null; previous = current, current = current.Parent)
        {
            if (current.Type?.SpecialType == SpecialType.System_Boolean || current is INameOfOperation)
            {
                // a test of the date (c > requestedAt, requestedAt.Hour >= 18, requestedAt is { Year: < 2000 }) yields
                // no date, wherever the answer goes (a flag, a condition, a lambda's result), nor does nameof(requestedAt)
                return false;
            }

            switch (current)
            {
                case IArgumentOperation { Parameter: { } given } when CanHoldDate(given.Type, types)
                    && given.ContainingSymbol is IMethodSymbol called && IsRateMethod(called):
                    // DateOnly.FromDateTime(requestedAt) given to ConvertTo, or the date passed on to another such method
                    return FeedsConversion(search, types, given.OriginalDefinition, depth + 1, cancellationToken);
                case IAssignmentOperation or IVariableInitializerOperation or IReturnOperation or IDeconstructionAssignmentOperation
                    or ICoalesceAssignmentOperation or IAnonymousFunctionOperation or ILocalFunctionOperation:
                    // stored where it cannot be followed, unless what is stored is text (an audit line: var line =
                    // $"{requestedAt:O} …") or a number read from it (int hour = requestedAt.Hour), which is no date
                    return !IsTextOrNumber(previous.Type);
                case IBlockOperation or IExpressionStatementOperation or IConditionalOperation { IsRef: false, Type: null }
                    or IWhileLoopOperation or IForLoopOperation or IForEachLoopOperation or ISwitchOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether a value of the type is text, a flag or a number (an enum's too): never a date.</summary>
    private static bool IsTextOrNumber(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var unwrapped = KnownTypes.Unwrap(type);
        if (unwrapped.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (unwrapped.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return true;
            default:
                return false;
        }
    }

    private static bool ImplementsInterface(IMethodSymbol method)
    {
        if (!method.ExplicitInterfaceImplementations.IsEmpty)
        {
            return true;
        }

        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        foreach (var contract in type.AllInterfaces)
        {
            foreach (var member in contract.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a method (or the extension method it was reduced from) has a parameter that can hold a date: one of a
    /// date type, or of a type parameter that a call may substitute with one.
    /// </summary>
    private static bool HasDateParameter(IMethodSymbol method, KnownTypes types)
    {
        foreach (var parameter in (method.ReducedFrom ?? method).Parameters)
        {
            if (CanHoldDate(parameter.Type, types))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a parameter of the type can hold a date: a date type (nullable or not), or a type parameter that a
    /// call may substitute with one.</summary>
    private static bool CanHoldDate(ITypeSymbol type, KnownTypes types)
    {
        var unwrapped = KnownTypes.Unwrap(type);
        return unwrapped.TypeKind == TypeKind.TypeParameter || IsDateType(unwrapped, types);
    }

    /// <summary>
    /// Whether a method converts or looks up a rate: it takes the library's <c>RateLookup</c> (the library's own
    /// conversions and look-ups, and any method, the user's included, that passes a lookup rule on to them), or it
    /// belongs to <c>ExchangeRate</c> (a rate's date). An exception's constructor that records a failed look-up is not one.
    /// </summary>
    private static bool IsRateMethod(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is not null && type.Name == "ExchangeRate" && KnownTypes.IsInCoreNamespace(type))
        {
            return true;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type is { Name: "RateLookup" } lookup && KnownTypes.IsInCoreNamespace(lookup))
            {
                return !IsException(type);
            }
        }

        return false;
    }

    private static bool IsException(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    private static bool IsDateType(ITypeSymbol type, KnownTypes types)
    {
        // called for every argument of every call: the special type and the name rule out nearly all types at once
        if (type.SpecialType == SpecialType.System_DateTime)
        {
            return true;
        }

        string name = type.Name;
        if (name == "Nullable")
        {
            var unwrapped = KnownTypes.Unwrap(type);
            return !ReferenceEquals(unwrapped, type) && IsDateType(unwrapped, types);
        }

        return (name == "DateOnly" && KnownTypes.Is(type, types.DateOnly)) || (name == "DateTimeOffset" && KnownTypes.Is(type, types.DateTimeOffset));
    }

    /// <summary>The clock member a value comes from (<c>DateTime.Now</c>…), or null.</summary>
    [MethodImpl(Hot.Path)]
    private static string? ClockSource(IOperation? value, KnownTypes types, int depth, MemberValues members, FlowMode mode, CancellationToken cancellationToken)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        value = value.SkipConversions();
        int next = depth + 1;
        switch (value)
        {
            case IPropertyReferenceOperation { Instance: null, Property: { } property }
                when property.Name is "Now" or "UtcNow" or "Today"
                    && (property.ContainingType.SpecialType == SpecialType.System_DateTime || KnownTypes.Is(property.ContainingType, types.DateTimeOffset)):
                return property.ContainingType.Name + "." + property.Name;

            case IPropertyReferenceOperation { Instance: null, Property.Name: "System" } system when KnownTypes.Is(system.Property.ContainingType, types.TimeProvider):
                return "TimeProvider.System";

            case IPropertyReferenceOperation { Instance: { } instance }:
                // DateTime.Now.Date, DateTimeOffset.UtcNow.DateTime …; a member of any other object (job.ValueDate) is not
                // the clock's because the object was made with a clock argument too (a time stamp beside a fixed date)
                return (IsClockType(instance.Type, types) ? ClockSource(instance, types, next, members, mode, cancellationToken) : null)
                    ?? FromFlow(value, types, next, members, mode, cancellationToken);

            case IInvocationOperation invocation:
                if (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke)
                {
                    return invocation.Instance is { } held ? FromDelegate(held, types, next, members, mode, cancellationToken) : null;
                }

                if (invocation.Instance is { } receiver)
                {
                    // DateTime.Now.AddDays(-1), TimeProvider.System.GetUtcNow(); not a method of any other object
                    return IsClockType(receiver.Type, types) ? ClockSource(receiver, types, next, members, mode, cancellationToken) : null;
                }

                // DateOnly.FromDateTime(DateTime.Now) and other static helpers fed from the clock; an extension method's
                // receiver (job.ValueDateOrDefault()) is followed only as an instance is: a date or a TimeProvider
                bool extension = invocation.TargetMethod.IsExtensionMethod;
                foreach (var argument in invocation.Arguments)
                {
                    if (extension && argument.Parameter?.Ordinal == 0 && !IsClockType(argument.Value.SkipConversions()?.Type ?? argument.Value.Type, types))
                    {
                        continue;
                    }

                    if (ClockSource(argument.Value, types, next, members, mode, cancellationToken) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;

            case IObjectCreationOperation creation when IsDateType(creation.Type!, types):
                foreach (var argument in creation.Arguments)
                {
                    if (ClockSource(argument.Value, types, next, members, mode, cancellationToken) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;

            case IBinaryOperation binary:
                return ClockSource(binary.LeftOperand, types, next, members, mode, cancellationToken) ?? ClockSource(binary.RightOperand, types, next, members, mode, cancellationToken);

            case IConditionalAccessOperation access:
                return ClockSource(access.Operation, types, next, members, mode, cancellationToken);

            case ICoalesceOperation coalesce:
                // valueDate ?? DateOnly.FromDateTime(DateTime.Today): the clock's date when no date is given
                return ClockSource(coalesce.Value, types, next, members, mode, cancellationToken) ?? ClockSource(coalesce.WhenNull, types, next, members, mode, cancellationToken);

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                // latest ? DateOnly.FromDateTime(DateTime.UtcNow) : reportDate: the clock's date on one branch (the
                // condition only chooses)
                return ClockSource(conditional.WhenTrue, types, next, members, mode, cancellationToken) ?? ClockSource(whenFalse, types, next, members, mode, cancellationToken);

            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    if (ClockSource(arm.Value, types, next, members, mode, cancellationToken) is { } fromArm)
                    {
                        return fromArm;
                    }
                }

                return null;

            case ILocalReferenceOperation local:
                return FromFlow(value, types, next, members, mode, cancellationToken) ?? FromPattern(local, types, next, members, mode, cancellationToken);

            case IFieldReferenceOperation:
            case IPropertyReferenceOperation:
                return FromFlow(value, types, next, members, mode, cancellationToken);

            default:
                return null;
        }
    }

    /// <summary>Whether a value of the type can carry the clock's time to its members: a date type, or a <c>TimeProvider</c>.</summary>
    private static bool IsClockType(ITypeSymbol? type, KnownTypes types)
    {
        if (type is null)
        {
            return false;
        }

        if (IsDateType(type, types))
        {
            return true;
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (KnownTypes.Is(current, types.TimeProvider))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clock member a pattern's variable comes from: <c>clock is DateTime d</c>, <c>stamp is { } s</c>,
    /// <c>DateTime.Now is var n</c>, <c>clock is not DateTime d</c> (before an early exit) and a switch's
    /// <c>case DateTime d</c> hold the value matched; a variable of a property subpattern holds that member of the value
    /// matched, followed as the member is (<c>DateTime.Now is { Date: var d }</c> as <c>DateTime.Now.Date</c>: only the
    /// members of a date or a <c>TimeProvider</c>).
    /// </summary>
    private static string? FromPattern(ILocalReferenceOperation reference, KnownTypes types, int depth, MemberValues members, FlowMode mode, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        var model = reference.SemanticModel;
        if (model is null || local.IsRef || local.DeclaringSyntaxReferences is not { Length: 1 } references || references[0].SyntaxTree != model.SyntaxTree
            || references[0].GetSyntax(cancellationToken) is not SingleVariableDesignationSyntax { Parent: DeclarationPatternSyntax or VarPatternSyntax or RecursivePatternSyntax } designation
            || model.GetOperation(designation.Parent!, cancellationToken) is not IPatternOperation pattern)
        {
            return null;
        }

        // the members of clock values the subpatterns around the variable read, innermost first (DateTime.Now is
        // { Date: var d }: Date)
        IOperation? parent = pattern.Parent;
        for (int levels = 0; ; levels++)
        {
            while (parent is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both)
            {
                parent = both.Parent;
            }

            if (parent is IPropertySubpatternOperation { Member: IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance }, Parent: IRecursivePatternOperation outer }
                && levels < MaxDepth && IsClockType(instance.Type, types))
            {
                // a member of the value the outer pattern matches, when that value is a date or a TimeProvider
                parent = outer.Parent;
                continue;
            }

            if (parent is IPropertySubpatternOperation)
            {
                // a member of any other object (job is { ValueDate: var d }) is not the clock's
                return null;
            }

            break;
        }

        if (parent is INegatedPatternOperation { Parent: IIsPatternOperation negatedIs })
        {
            // if (clock is not DateTime at) return …;: at holds the clock where it is used
            parent = negatedIs;
        }

        var matched = parent switch
        {
            IIsPatternOperation isPattern => isPattern.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
            _ => null,
        };
        if (matched is null)
        {
            return null;
        }

        if (mode == FlowMode.Exact)
        {
            // top-level statements: a local function of another global statement may write it
            var scope = ValueFlow.ScopeOfPattern(designation);
            if (LocalWrites.SymbolMayBeWrittenIn(local, scope, model, cancellationToken))
            {
                return null;
            }
        }

        return ClockSource(matched, types, depth, members, mode, cancellationToken);
    }

    /// <summary>
    /// The clock member a delegate's call returns when the delegate always holds one lambda (a local never written again,
    /// a readonly field: <c>Func&lt;DateOnly&gt; today = () =&gt; DateOnly.FromDateTime(DateTime.Now)</c>) that returns a
    /// value from the clock; null for a delegate given from outside (a parameter: an injected clock), or one written
    /// again.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? FromDelegate(IOperation target, KnownTypes types, int depth, MemberValues members, FlowMode mode, CancellationToken cancellationToken)
    {
        if (ValueFlow.HeldDelegate(target, members, null, mode, cancellationToken) is not IAnonymousFunctionOperation function)
        {
            return null;
        }

        foreach (var operation in CurrencyFlow.OwnOperations(function.Body))
        {
            if (operation is IReturnOperation { ReturnedValue: { } returned } && ClockSource(returned, types, depth, members, mode, cancellationToken) is { } clock)
            {
                return clock;
            }
        }

        return null;
    }

    [MethodImpl(Hot.Path)]
    private static string? FromFlow(IOperation reference, KnownTypes types, int depth, MemberValues members, FlowMode mode, CancellationToken cancellationToken) =>
        ClockSource(ValueFlow.SingleValue(reference, null, members, mode, cancellationToken), types, depth, members, mode, cancellationToken);
}
