using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// What a method of the code shows about the currencies of two of its money parameters, read from its body alone: the
/// pairs it has checked for one currency whenever it returns (it throws on a mismatch: <c>if (a.Currency !=
/// b.Currency) throw …;</c>, <c>a.Currency == b.Currency ? a : throw …</c>, or a call of a <c>[DoesNotReturn]</c>
/// method in that branch; also inside <c>using</c>, <c>lock</c>, a nested block or a <c>try</c> without <c>catch</c>, see
/// <see cref="CurrencyGuards.Enclosed(IOperation)"/>; not inside a <c>using</c> that may run a <c>Dispose</c> of the code, see
/// <see cref="DisposesInCode(IOperation, KnownTypes)"/>), and, for a <c>bool</c> method that returns the test itself (<c>=&gt;
/// a.Currency == b.Currency</c>) or opposite constants on it last (<c>if (a.Currency != b.Currency) return false; return
/// true;</c>), the pairs its <c>true</c> or <c>false</c> shows. Pairs are of parameter ordinals.
/// </summary>
internal sealed class GuardHelper
{
    /// <summary>A method that shows nothing (or that the rules cannot read).</summary>
    public static readonly GuardHelper None = new(ImmutableArray<(int, int)>.Empty, ImmutableArray<(int, int)>.Empty, ImmutableArray<(int, int)>.Empty, true);

    private GuardHelper(ImmutableArray<(int, int)> completed, ImmutableArray<(int, int)> whenTrue, ImmutableArray<(int, int)> whenFalse, bool direct)
    {
        Completed = completed;
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
        Direct = direct;
    }

    /// <summary>Whether the method checks by itself, calling no other helper: only such a one is followed from another helper.</summary>
    public bool Direct { get; }

    /// <summary>The pairs of parameters in one currency whenever the method returns.</summary>
    public ImmutableArray<(int First, int Second)> Completed { get; }

    /// <summary>The pairs in one currency when the method returns <c>true</c>.</summary>
    public ImmutableArray<(int First, int Second)> WhenTrue { get; }

    /// <summary>The pairs in one currency when the method returns <c>false</c>.</summary>
    public ImmutableArray<(int First, int Second)> WhenFalse { get; }

    /// <summary>
    /// Reads a method's body: only a method of the compilation that cannot be replaced (not virtual, abstract, an
    /// interface's, extern, a partial one without body, async or an iterator), that every build calls (not
    /// <c>[Conditional]</c>, whose calls a build without the symbol removes), that writes none of the parameters checked
    /// and nothing outside itself (see <see cref="MayWriteOutside"/>): a helper given <c>_fee</c> that sets <c>_fee</c>
    /// after its check has checked another value than the caller then uses.
    /// A call in it of another helper that checks by itself (<see cref="Direct"/>), given the parameters, checks them
    /// too (<c>SameCurrency(a, b);</c>, <c>if (!SameCurrency(a, b)) throw …;</c>, <c>=&gt; SameCurrency(a, b)</c>) when
    /// no <c>catch</c>, lambda or local function of the method is around it; a helper that calls itself (also through
    /// another) is no check, and a call of a helper that itself calls one is not followed.
    /// </summary>
    public static GuardHelper Of(ISymbol symbol, CompilationFacts facts, CancellationToken cancellationToken)
    {
        if (symbol is not IMethodSymbol method)
        {
            return None;
        }

        method = method.PartialImplementationPart ?? method;
        if (method.IsVirtual || method.IsAbstract || method.IsExtern || method.IsAsync || method.Parameters.Length < 2
            || (method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed)
            || method.ContainingType.TypeKind == TypeKind.Interface
            || method.DeclaringSyntaxReferences.Length != 1 || !facts.Search.IsOwn(method) || CurrencyGuards.IsConditional(method))
        {
            return None;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        SyntaxNode? body = syntax switch
        {
            MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
            _ => null,
        };
        if (body is null || facts.Search.ModelOf(body.SyntaxTree) is not { } model
            || model.GetOperation(body, cancellationToken) is not IBlockOperation block || CurrencyGuards.HasOwnGoTo(block))
        {
            return None;
        }

        var statements = CurrencyGuards.Enclosed(block).ToList();
        var helpers = facts.GuardHelpers.Direct;
        bool callsHelper = false;
        if (MayWriteOutside(block, statements, facts.Types, helpers, ref callsHelper, cancellationToken))
        {
            return None;
        }

        // one reference to each money parameter that nothing in the body writes, for CurrencyGuards to compare with
        var parameters = new List<IParameterReferenceOperation>();
        bool returnsEarly = false;
        foreach (var descendant in CurrencyFlow.OwnOperations(block))
        {
            if (descendant is IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak })
            {
                return None;
            }

            if (descendant is IParameterReferenceOperation reference && facts.Types.IsMoney(reference.Parameter.Type)
                && reference.Parameter.RefKind != RefKind.Out && IsOwn(reference.Parameter, method)
                && !parameters.Exists(known => SymbolEqualityComparer.Default.Equals(known.Parameter, reference.Parameter))
                && !LocalWrites.SymbolMayBeWrittenIn(reference.Parameter, body, model, cancellationToken))
            {
                parameters.Add(reference);
            }
        }

        if (parameters.Count < 2)
        {
            return None;
        }

        var completed = ImmutableArray.CreateBuilder<(int, int)>();
        var whenTrue = ImmutableArray.CreateBuilder<(int, int)>();
        var whenFalse = ImmutableArray.CreateBuilder<(int, int)>();
        var shown = callsHelper ? helpers : null;
        for (int index = 0; index < statements.Count && !returnsEarly; index++)
        {
            var statement = statements[index];

            // if (a.Currency != b.Currency) throw …; (each test of an else-if chain every branch of which throws)
            for (IOperation? branch = statement; branch is IConditionalOperation exit && Throws(exit.WhenTrue); branch = exit.WhenFalse)
            {
                if (exit.WhenFalse is not (null or IConditionalOperation))
                {
                    break;
                }

                Add(completed, exit.Condition, false, parameters, facts.Types, shown, cancellationToken);
            }

            if (shown is not null && statement is IExpressionStatementOperation { Operation: IInvocationOperation })
            {
                // SameCurrency(a, b); of a helper that checks by itself
                Add(completed, statement, true, parameters, facts.Types, shown, cancellationToken);
            }

            var value = statement switch
            {
                IReturnOperation { ReturnedValue: { } returned } => returned,
                IExpressionStatementOperation expression => expression.Operation,
                _ => null,
            };

            // a.Currency == b.Currency ? a : throw …
            if (value.SkipConversions() is IConditionalOperation { WhenFalse: { } otherwise } choice)
            {
                if (IsThrow(choice.WhenTrue))
                {
                    Add(completed, choice.Condition, false, parameters, facts.Types, shown, cancellationToken);
                }
                else if (IsThrow(otherwise))
                {
                    Add(completed, choice.Condition, true, parameters, facts.Types, shown, cancellationToken);
                }
            }

            returnsEarly = Returns(statement);
            if (method.ReturnType.SpecialType != SpecialType.System_Boolean)
            {
                continue;
            }

            if (statement is IReturnOperation { ReturnedValue: { } result } && index == statements.Count - 1)
            {
                // => a.Currency == b.Currency
                Add(whenTrue, result, true, parameters, facts.Types, shown, cancellationToken);
                Add(whenFalse, result, false, parameters, facts.Types, shown, cancellationToken);
            }
            else if (statement is IConditionalOperation { WhenFalse: var orElse } test && ReturnedConstant(test.WhenTrue) is { } constant
                && (orElse is null ? index == statements.Count - 2 && ReturnedConstant(statements[index + 1]) == !constant : index == statements.Count - 1 && ReturnedConstant(orElse) == !constant))
            {
                // if (a.Currency != b.Currency) return false; return true; (or with else): the result is the test or its negation
                Add(whenTrue, test.Condition, constant, parameters, facts.Types, shown, cancellationToken);
                Add(whenFalse, test.Condition, !constant, parameters, facts.Types, shown, cancellationToken);
            }
        }

        return completed.Count == 0 && whenTrue.Count == 0 && whenFalse.Count == 0
            ? None
            : new GuardHelper(completed.ToImmutable(), whenTrue.ToImmutable(), whenFalse.ToImmutable(), !callsHelper);
    }

    /// <summary>The constant <c>true</c> or <c>false</c> a statement (or a block of it alone) returns, or null.</summary>
    private static bool? ReturnedConstant(IOperation statement) =>
        statement switch
        {
            IBlockOperation { Operations: { Length: 1 } operations } => ReturnedConstant(operations[0]),
            IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { ConstantValue: { HasValue: true, Value: bool constant } } } => constant,
            _ => null,
        };

    /// <summary>Adds the pairs of parameters that a test, when it holds (or fails), shows to be in one currency.</summary>
    private static void Add(ImmutableArray<(int, int)>.Builder pairs, IOperation test, bool holds, List<IParameterReferenceOperation> parameters, KnownTypes types, GuardHelpers? helpers, CancellationToken cancellationToken)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            for (int j = i + 1; j < parameters.Count; j++)
            {
                if (CurrencyGuards.ShowsOneCurrency(test, holds, parameters[i], parameters[j], types, helpers, cancellationToken))
                {
                    pairs.Add((parameters[i].Parameter.Ordinal, parameters[j].Parameter.Ordinal));
                }
            }
        }
    }

    /// <summary>
    /// Whether a body may write storage outside its own locals and parameters, except in what it throws and in the
    /// branch of a top-level test that always throws (nothing there reaches the caller's use): an assignment (compound,
    /// <c>??=</c>, deconstruction, <c>++</c>) of a field, property, array element or <c>ref</c> local (not a member set
    /// by the initializer of a new object), a <c>ref</c> or <c>out</c> argument other than a local (<c>out var</c> and
    /// <c>out _</c> are locals), a call of a method of the code (not of the money and currency types, nor one that does
    /// not return), code of the compilation run implicitly (a property or indexer with a body, an operator or
    /// conversion, <c>foreach</c>'s enumerator, <c>using</c>'s <c>Dispose</c>, a method of the code made a delegate), a
    /// delegate's call, the creation of an object of the code, or a library call on (or given) storage that is not the
    /// helper's own (<c>Fees.Insert(…)</c> on a field, <c>Array.Fill(field, …)</c>). Lambdas and local functions in it
    /// count as part of it. A call of a helper that checks by itself (and so writes nothing outside itself) is none,
    /// unless a <c>catch</c>, lambda or local function of the body is around it; <paramref name="callsHelper"/> tells
    /// whether there is such a call.
    /// </summary>
    private static bool MayWriteOutside(IBlockOperation body, List<IOperation> statements, KnownTypes types, GuardHelpers helpers, ref bool callsHelper, CancellationToken cancellationToken)
    {
        var throwing = new HashSet<IOperation>();
        foreach (var statement in statements)
        {
            for (IOperation? branch = statement; branch is IConditionalOperation exit && Throws(exit.WhenTrue); branch = exit.WhenFalse)
            {
                throwing.Add(exit.WhenTrue);
            }
        }

        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            bool writes = operation switch
            {
                IThrowOperation => false,
                IAssignmentOperation assignment when WritesOutside(assignment.Target) => true,
                IIncrementOrDecrementOperation step when WritesOutside(step.Target) => true,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => WritesOutside(argument.Value),
                IInvocationOperation call => call.TargetMethod.MethodKind == MethodKind.DelegateInvoke
                    || (IsOfCode(call.TargetMethod, types)
                        ? !CurrencyGuards.DoesNotReturn(call.TargetMethod) && !IsHelperCall(call, body, helpers, ref callsHelper, cancellationToken)
                        : MayChange(call, types)),
                _ => RunsCodeItself(operation, types),
            };
            if (writes)
            {
                return true;
            }

            if (operation is not IThrowOperation && !throwing.Contains(operation))
            {
                foreach (var child in operation.ChildOperations)
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a call is of a helper that checks by itself, with no <c>catch</c>, lambda or local function of the body
    /// around it (what the helper writes before it throws stays unseen only when the throw leaves the body); sets
    /// <paramref name="found"/> when it is.
    /// </summary>
    private static bool IsHelperCall(IInvocationOperation call, IBlockOperation body, GuardHelpers helpers, ref bool found, CancellationToken cancellationToken)
    {
        if (call.Arguments.Length < 2)
        {
            return false;
        }

        for (var parent = call.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (parent is ITryOperation { Catches.IsEmpty: false } or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        if (helpers.Of(call.TargetMethod, cancellationToken) is not { Direct: true } helper || ReferenceEquals(helper, None))
        {
            return false;
        }

        found = true;
        return true;
    }

    /// <summary>Whether a method is of the code (not of the money and currency types).</summary>
    private static bool IsOfCode(IMethodSymbol? method, KnownTypes types) =>
        method is { DeclaringSyntaxReferences.IsEmpty: false } && !method.ContainingType.IsAnonymousType && !types.CarriesCurrency(method.ContainingType);

    /// <summary>Whether reading or setting a property runs code of the compilation: an accessor with a body (not <c>get;</c>, not a record's positional property).</summary>
    private static bool RunsCode(IPropertySymbol property, KnownTypes types) =>
        !property.ContainingType.IsAnonymousType && !types.CarriesCurrency(property.ContainingType)
        && new[] { property.GetMethod, property.SetMethod }.Any(accessor => accessor is not null && accessor.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax() is ArrowExpressionClauseSyntax or AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null }));

    /// <summary>The user-defined operator or conversion an operation calls, or null.</summary>
    private static IMethodSymbol? ImplicitMethod(IOperation operation) =>
        operation switch
        {
            IBinaryOperation binary => binary.OperatorMethod,
            IUnaryOperation unary => unary.OperatorMethod,
            ICompoundAssignmentOperation compound => compound.OperatorMethod,
            IIncrementOrDecrementOperation step => step.OperatorMethod,
            IConversionOperation conversion => conversion.OperatorMethod,
            _ => null,
        };

    /// <summary>Whether a <c>foreach</c> runs an enumerator of the code, or a <c>using</c> may run a <c>Dispose</c> of the code (see <see cref="DisposesInCode(IOperation, KnownTypes)"/>).</summary>
    private static bool RunsImplicitly(IOperation operation, KnownTypes types)
    {
        switch (operation)
        {
            case IForEachLoopOperation { Syntax: CommonForEachStatementSyntax loop, SemanticModel: { } model }:
                var info = model.GetForEachStatementInfo(loop);
                return IsOfCode(info.GetEnumeratorMethod, types) || IsOfCode(info.MoveNextMethod, types) || IsOfCode(info.DisposeMethod, types)
                    || (info.CurrentProperty is { } current && RunsCode(current, types));
            case IWithOperation { Type: INamedTypeSymbol copied }:
                // box with { N = 2 }: a copy constructor written in the code
                return copied.InstanceConstructors.Any(constructor => constructor.Parameters.Length == 1
                    && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, copied) && IsOfCode(constructor, types));
            case IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax assignment, SemanticModel: { } model }:
                return Deconstructs(model.GetDeconstructionInfo(assignment), types);
            case IAwaitOperation { Syntax: AwaitExpressionSyntax awaited, SemanticModel: { } model }:
                var awaiting = model.GetAwaitExpressionInfo(awaited);
                return IsOfCode(awaiting.GetAwaiterMethod, types) || IsOfCode(awaiting.GetResultMethod, types)
                    || (awaiting.IsCompletedProperty is { } completed && RunsCode(completed, types));
            case IArgumentOperation { Parent: IInvocationOperation or IObjectCreationOperation, Value: var given }:
                // Console.WriteLine(noisy): the library may call its ToString, Equals or GetHashCode
                return given.SkipConversions()?.Type is { } type && OverridesObjectMethodInCode(type, types);
            case IInterpolationOperation { Expression: var shown }:
                return shown.SkipConversions()?.Type is { } formatted && OverridesObjectMethodInCode(formatted, types);
            case IMemberReferenceOperation { Member: { IsStatic: true, ContainingType: { } owner } } member
                when owner.StaticConstructors.Any(constructor => IsOfCode(constructor, types)):
                // Counter.Count: the first read runs Counter's static constructor
                return !SymbolEqualityComparer.Default.Equals(member.SemanticModel?.GetEnclosingSymbol(member.Syntax.SpanStart)?.ContainingType, owner);
            default:
                return DisposesInCode(operation, types);
        }
    }

    /// <summary>Whether a deconstruction calls a <c>Deconstruct</c> of the code (at any depth).</summary>
    private static bool Deconstructs(DeconstructionInfo info, KnownTypes types) =>
        IsOfCode(info.Method, types) || info.Nested.Any(nested => Deconstructs(nested, types));

    /// <summary>Whether a type of the code (or a base of it) overrides <c>ToString</c>, <c>Equals</c> or <c>GetHashCode</c> in the code.</summary>
    private static bool OverridesObjectMethodInCode(ITypeSymbol type, KnownTypes types)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers().OfType<IMethodSymbol>().Any(method => method.IsOverride && method.Name is "ToString" or "Equals" or "GetHashCode" && IsOfCode(method, types)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a <c>using</c> statement or declaration may run a <c>Dispose</c> of the code when it ends: a resource
    /// whose type (or a base of it) has one, or whose object may be of a type of the code although its static type is
    /// the library's: an interface (<c>IDisposable</c>), a class that is not sealed or a type parameter, unless the
    /// resource is created right there (<c>new MemoryStream()</c>, whose type is exactly that).
    /// </summary>
    internal static bool DisposesInCode(IOperation operation, KnownTypes types) =>
        operation switch
        {
            IUsingOperation { Resources: var resources } => Resources(resources).Any(resource => MayDisposeInCode(resource.Type, resource.Value, types)),
            IUsingDeclarationOperation { DeclarationGroup: var group } => Resources(group).Any(resource => MayDisposeInCode(resource.Type, resource.Value, types)),
            _ => false,
        };

    /// <summary>
    /// Whether an operation (lambdas and local functions in it included) may run code of the compilation (see
    /// <see cref="RunsCodeItself"/>).
    /// </summary>
    internal static bool RunsCodeIn(IOperation root, KnownTypes types) =>
        root.DescendantsAndSelf().Any(operation => RunsCodeItself(operation, types));

    /// <summary>
    /// Whether an operation itself (not counting its children) may run code of the compilation: a call of a method of the
    /// code or of a delegate, the creation of an object of the code (or of a type parameter), a property with a body, a
    /// method of the code made a delegate, an operator or conversion of the code, or code run implicitly
    /// (<c>foreach</c>'s enumerator, <c>using</c>'s <c>Dispose</c>).
    /// </summary>
    internal static bool RunsCodeItself(IOperation operation, KnownTypes types) =>
        operation switch
        {
            IInvocationOperation call => call.TargetMethod.MethodKind == MethodKind.DelegateInvoke || IsOfCode(call.TargetMethod, types),
            IObjectCreationOperation creation => IsOfCode(creation.Constructor, types),
            ITypeParameterObjectCreationOperation => true,
            IPropertyReferenceOperation property => RunsCode(property.Property, types),
            IMethodReferenceOperation reference => IsOfCode(reference.Method, types),
            _ => IsOfCode(ImplicitMethod(operation), types) || RunsImplicitly(operation, types),
        };

    /// <summary>The resources of a <c>using</c>, each with its static type and value: its declared locals, or its expression.</summary>
    private static IEnumerable<(ITypeSymbol? Type, IOperation? Value)> Resources(IOperation resources) =>
        resources is IVariableDeclarationGroupOperation group
            ? group.Declarations.SelectMany(declaration => declaration.Declarators.Select(declarator =>
                ((ITypeSymbol?)declarator.Symbol.Type, (declarator.Initializer ?? declaration.Initializer)?.Value)))
            : new[] { (resources.SkipConversions()?.Type, (IOperation?)resources) };

    /// <summary>Whether the <c>Dispose</c> a resource of a static type and value runs may be of the code (see <see cref="DisposesInCode(IOperation, KnownTypes)"/>).</summary>
    private static bool MayDisposeInCode(ITypeSymbol? type, IOperation? value, KnownTypes types)
    {
        bool exact = false;
        if (value.SkipConversions() is IObjectCreationOperation { Type: { } created })
        {
            (type, exact) = (created, true);
        }

        return type is null or ITypeParameterSymbol
            || (!exact && (type.TypeKind == TypeKind.Interface || (type.TypeKind == TypeKind.Class && !type.IsSealed)))
            || DisposesInCode(type, types);
    }

    /// <summary>Whether a type (or a base of it) has a <c>Dispose</c> (or <c>DisposeAsync</c>) of the code.</summary>
    private static bool DisposesInCode(ITypeSymbol? type, KnownTypes types)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers().OfType<IMethodSymbol>().Any(method =>
                (method.Name.EndsWith("Dispose", System.StringComparison.Ordinal) || method.Name.EndsWith("DisposeAsync", System.StringComparison.Ordinal)) && IsOfCode(method, types)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a call of a library method may change storage that is not the helper's own: its receiver, or an argument
    /// it is given that is not a copy (a collection, array, span or object), is not a local or parameter of the
    /// helper, nor a value it creates, nor a static member of the library (<c>Console.Error</c>).
    /// </summary>
    private static bool MayChange(IInvocationOperation call, KnownTypes types)
    {
        if (types.CarriesCurrency(call.TargetMethod.ContainingType))
        {
            return false;
        }

        if (call.Instance is { } receiver && !IsOwnReceiver(receiver, types))
        {
            return true;
        }

        return call.Arguments.Any(argument => argument.Parameter?.RefKind is not (RefKind.Ref or RefKind.Out) && !IsOwnArgument(argument.Value, types));
    }

    /// <summary>Whether a value's type cannot be changed through it: a string or a money or currency value.</summary>
    private static bool IsImmutable(ITypeSymbol? type, KnownTypes types) =>
        type is null || type.SpecialType == SpecialType.System_String || types.CarriesCurrency(type);

    /// <summary>Whether a call's receiver is the helper's own: a copy of a value (not a field or element), or its own storage.</summary>
    private static bool IsOwnReceiver(IOperation receiver, KnownTypes types)
    {
        var value = receiver.SkipConversions()!;
        return IsImmutable(value.Type, types)
            || (value.Type is { IsValueType: true, IsRefLikeType: false }
                && value is not (IFieldReferenceOperation or IArrayElementReferenceOperation or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }))
                && value is not ILocalReferenceOperation { Local.RefKind: not RefKind.None }
                && value is not IInvocationOperation { TargetMethod.ReturnsByRef: true }
            || IsOwnValue(value, types);
    }

    /// <summary>Whether an argument passed by value is the helper's own: a copy of a value, or its own storage.</summary>
    private static bool IsOwnArgument(IOperation argument, KnownTypes types)
    {
        var value = argument.SkipConversions()!;
        return IsImmutable(value.Type, types) || value.Type is { IsValueType: true, IsRefLikeType: false } || IsOwnValue(value, types);
    }

    /// <summary>
    /// Whether a value is storage of the helper's own: a plain local (not a span) or a parameter of a value type (the
    /// object a parameter of a reference type refers to is the caller's: <c>xs.RemoveAt(0)</c>, <c>scope.Dispose()</c>), an object, array or
    /// delegate it creates, the object an initializer sets up, the result of a library call on its own values, or a
    /// static member of the library.
    /// </summary>
    private static bool IsOwnValue(IOperation value, KnownTypes types) =>
        value switch
        {
            ILocalReferenceOperation { Local: { RefKind: RefKind.None } local } => !local.Type.IsRefLikeType,
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => parameter.Type.IsValueType && parameter.Type.TypeKind != TypeKind.TypeParameter,
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } => true,
            IObjectCreationOperation or IAnonymousObjectCreationOperation or ITypeParameterObjectCreationOperation or IDelegateCreationOperation
                or IAnonymousFunctionOperation or ILiteralOperation or IInterpolatedStringOperation or IDefaultValueOperation => true,
            IArrayCreationOperation array => array.Initializer is null || array.Initializer.ElementValues.All(element => IsOwnArgument(element, types)),
            IInvocationOperation call => !IsOfCode(call.TargetMethod, types) && !call.TargetMethod.ReturnsByRef
                && (call.Instance is null || IsOwnReceiver(call.Instance, types))
                && call.Arguments.All(argument => IsOwnArgument(argument.Value, types)),
            IMemberReferenceOperation { Instance: null, Member: var member } => member.DeclaringSyntaxReferences.IsEmpty,
            _ => false,
        };

    /// <summary>
    /// Whether the target of a write is other than a plain local, a parameter, a discard (through a tuple's elements) or
    /// a member set by the initializer of a new object (<c>new StringBuilder { Capacity = 64 }</c>).
    /// </summary>
    private static bool WritesOutside(IOperation target) =>
        target switch
        {
            ILocalReferenceOperation { Local.RefKind: RefKind.None } or IParameterReferenceOperation or IDiscardOperation => false,
            IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } => false,
            IDeclarationExpressionOperation declaration => WritesOutside(declaration.Expression),
            ITupleOperation tuple => tuple.Elements.Any(WritesOutside),
            IConversionOperation conversion => WritesOutside(conversion.Operand),
            _ => true,
        };

    /// <summary>
    /// Whether a parameter is the method's own, its ordinal that of a call's argument: not the receiver of a C# 14
    /// <c>extension(Money a)</c> block (ordinal 0 like the member's first parameter; its value is the call's receiver),
    /// nor, in the block's implementation method (<c>Guard.SameAs(x, y, z)</c>, receiver first), the member's.
    /// </summary>
    private static bool IsOwn(IParameterSymbol parameter, IMethodSymbol method) =>
        parameter.ContainingSymbol is IMethodSymbol owner
        && (SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, method.OriginalDefinition)
            || (method.PartialDefinitionPart is { } definition && SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, definition.OriginalDefinition)));

    /// <summary>Whether a statement has a <c>return</c> of its own function (not of a lambda or local function in it).</summary>
    private static bool Returns(IOperation statement)
    {
        foreach (var operation in CurrencyFlow.OwnOperations(statement))
        {
            if (operation is IReturnOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a statement always throws: <c>throw</c>, a call of a <c>[DoesNotReturn]</c> method, or a block ending in
    /// one with no <c>return</c> of its own before it (<c>{ if (lenient) return; throw …; }</c> returns to the caller
    /// with the currencies unchecked).
    /// </summary>
    private static bool Throws(IOperation statement) =>
        statement switch
        {
            IThrowOperation => true,
            IExpressionStatementOperation { Operation: var expression } => IsThrow(expression),
            IBlockOperation { Operations: { Length: > 0 } operations } block => !Returns(block) && Throws(operations[operations.Length - 1]),
            _ => false,
        };

    /// <summary>Whether an expression throws: a <c>throw</c> expression or a call of a <c>[DoesNotReturn]</c> method.</summary>
    private static bool IsThrow(IOperation expression) =>
        expression.SkipConversions() switch
        {
            IThrowOperation => true,
            IInvocationOperation call => CurrencyGuards.DoesNotReturn(call.TargetMethod),
            _ => false,
        };
}

/// <summary>The <see cref="GuardHelper"/> of each method of a compilation, read once.</summary>
internal sealed class GuardHelpers
{
    private readonly FactCache<GuardHelper> _helpers;
    private readonly bool _directOnly;

    public GuardHelpers(CompilationFacts facts)
    {
        _helpers = new FactCache<GuardHelper>((method, token) => GuardHelper.Of(method, facts, token), GuardHelper.None, GuardHelper.None);
        Direct = new GuardHelpers(_helpers);
    }

    private GuardHelpers(FactCache<GuardHelper> helpers)
    {
        _helpers = helpers;
        _directOnly = true;
        Direct = this;
    }

    /// <summary>The same helpers, of which only those that check by themselves (<see cref="GuardHelper.Direct"/>) show anything.</summary>
    public GuardHelpers Direct { get; }

    /// <summary>What a method of the code shows (<see cref="GuardHelper.None"/> if nothing, or, for <see cref="Direct"/>, if it calls another helper).</summary>
    public GuardHelper Of(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return GuardHelper.None;
        }

        var helper = _helpers.Get(method, cancellationToken);
        return _directOnly && !helper.Direct ? GuardHelper.None : helper;
    }

    /// <summary>
    /// The pairs of arguments a call shows to be in one currency: whenever it returns, or (for <paramref name="holds"/>
    /// not null, the call being a test) when its result is <c>true</c> or <c>false</c>. Only explicit arguments, mapped
    /// to their parameters (named ones too).
    /// </summary>
    public List<(IOperation First, IOperation Second)> Pairs(IInvocationOperation call, bool? holds, CancellationToken cancellationToken)
    {
        var pairs = new List<(IOperation, IOperation)>();
        if (call.TargetMethod.DeclaringSyntaxReferences.IsEmpty || call.Arguments.Length < 2)
        {
            return pairs;
        }

        var helper = Of(call.TargetMethod, cancellationToken);
        if (ReferenceEquals(helper, GuardHelper.None))
        {
            return pairs;
        }

        Collect(call, helper.Completed, pairs);
        if (holds is { } result)
        {
            Collect(call, result ? helper.WhenTrue : helper.WhenFalse, pairs);
        }

        return pairs;
    }

    private static void Collect(IInvocationOperation call, ImmutableArray<(int First, int Second)> shown, List<(IOperation, IOperation)> pairs)
    {
        foreach (var (first, second) in shown)
        {
            if (Argument(call, first) is { } one && Argument(call, second) is { } other)
            {
                pairs.Add((one, other));
            }
        }
    }

    /// <summary>The value given explicitly for the parameter of an ordinal of the called method itself, or null.</summary>
    private static IOperation? Argument(IInvocationOperation call, int ordinal)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is { } parameter && parameter.Ordinal == ordinal
                && parameter.ContainingSymbol is IMethodSymbol owner && SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, call.TargetMethod.OriginalDefinition))
            {
                return argument.Value;
            }
        }

        return null;
    }
}
