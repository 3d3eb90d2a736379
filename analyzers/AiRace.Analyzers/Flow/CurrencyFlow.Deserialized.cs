using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The types whose instances a deserializer or a configuration binder fills (issue 12): their instance fields, properties
/// and constructor parameters get values no code of the compilation writes, so "every write states one currency" does
/// not hold for them. Found once per compilation from the calls of the serializers' and binders' methods by name
/// (<c>JsonSerializer.Deserialize&lt;T&gt;</c>, <c>JsonConvert.DeserializeObject</c>, <c>ReadFromJsonAsync</c>,
/// <c>PopulateObject</c>, <c>Bind</c>, …): a type argument, a <c>typeof</c> argument, an argument's type and the type the
/// result is cast to; then every type those hold in their members, elements and base types. A type parameter there
/// stands for the type arguments of the calls of its method; a type parameter of a type, or one of such a call, for
/// any type.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly string[] FillingMethods =
    [
        "Deserialize", "DeserializeAsync", "DeserializeAsyncEnumerable", "DeserializeObject", "PopulateObject",
        "ReadFromJsonAsync", "GetFromJsonAsync", "ReadFromJsonAsAsyncEnumerable", "GetFromJsonAsAsyncEnumerable",
        "ReadAsAsync", "Bind",
    ];

    // methods of known libraries, matched by name and by the namespace of the type that declares them: their type
    // arguments, typeof arguments and the types their result is cast to are filled (configuration, options, Json.NET's
    // tokens, data contracts, CSV readers, Dapper, Entity Framework Core, reflection); for a Target method also the type of
    // the object it is given; a web framework's endpoint methods (Handler) fill the parameters of the handler they are given
    private static readonly (string Name, string Namespace, FillKind Kind)[] LibraryFillingMethods =
    [
        ("Get", "Microsoft.Extensions.Configuration", FillKind.Types), ("GetValue", "Microsoft.Extensions.Configuration", FillKind.Types),
        ("Configure", "Microsoft.Extensions.DependencyInjection", FillKind.Types), ("PostConfigure", "Microsoft.Extensions.DependencyInjection", FillKind.Types),
        ("AddOptions", "Microsoft.Extensions.DependencyInjection", FillKind.Types), ("AddOptionsWithValidateOnStart", "Microsoft.Extensions.DependencyInjection", FillKind.Types),
        ("ToObject", "Newtonsoft.Json", FillKind.Types), ("Populate", "Newtonsoft.Json", FillKind.Target), ("GetValue", "System.Text.Json", FillKind.Types),
        ("ReadObject", "System.Runtime.Serialization", FillKind.Types),
        ("GetRecord", "CsvHelper", FillKind.Types), ("GetRecords", "CsvHelper", FillKind.Types), ("GetRecordsAsync", "CsvHelper", FillKind.Types),
        ("Query", "Dapper", FillKind.Types), ("QueryAsync", "Dapper", FillKind.Types), ("QueryUnbufferedAsync", "Dapper", FillKind.Types),
        ("QueryFirst", "Dapper", FillKind.Types), ("QueryFirstAsync", "Dapper", FillKind.Types), ("QueryFirstOrDefault", "Dapper", FillKind.Types),
        ("QueryFirstOrDefaultAsync", "Dapper", FillKind.Types), ("QuerySingle", "Dapper", FillKind.Types), ("QuerySingleAsync", "Dapper", FillKind.Types),
        ("QuerySingleOrDefault", "Dapper", FillKind.Types), ("QuerySingleOrDefaultAsync", "Dapper", FillKind.Types),
        ("Read", "Dapper", FillKind.Types), ("ReadAsync", "Dapper", FillKind.Types), ("ReadFirst", "Dapper", FillKind.Types), ("ReadFirstAsync", "Dapper", FillKind.Types),
        ("ReadFirstOrDefault", "Dapper", FillKind.Types), ("ReadFirstOrDefaultAsync", "Dapper", FillKind.Types), ("ReadSingle", "Dapper", FillKind.Types),
        ("ReadSingleAsync", "Dapper", FillKind.Types), ("ReadSingleOrDefault", "Dapper", FillKind.Types), ("ReadSingleOrDefaultAsync", "Dapper", FillKind.Types),
        ("SetValue", "System.Reflection", FillKind.Target), ("CreateDelegate", "System.Reflection", FillKind.Types),
        ("CreateInstance", "System", FillKind.Construct),
        ("Set", "Microsoft.EntityFrameworkCore", FillKind.Types), ("Entity", "Microsoft.EntityFrameworkCore", FillKind.Types),
        ("SqlQuery", "Microsoft.EntityFrameworkCore", FillKind.Types), ("SqlQueryRaw", "Microsoft.EntityFrameworkCore", FillKind.Types),
        ("Map", "Microsoft.AspNetCore", FillKind.Handler), ("MapGet", "Microsoft.AspNetCore", FillKind.Handler), ("MapPost", "Microsoft.AspNetCore", FillKind.Handler),
        ("MapPut", "Microsoft.AspNetCore", FillKind.Handler), ("MapPatch", "Microsoft.AspNetCore", FillKind.Handler), ("MapDelete", "Microsoft.AspNetCore", FillKind.Handler),
        ("MapMethods", "Microsoft.AspNetCore", FillKind.Handler), ("MapFallback", "Microsoft.AspNetCore", FillKind.Handler),
    ];

    private enum FillKind
    {
        /// <summary>Type arguments, <c>typeof</c> arguments and the type the result is cast to.</summary>
        Types,

        /// <summary>Those, and the type of the object given to it (<c>property.SetValue(fund, …)</c>, <c>serializer.Populate(reader, fund)</c>).</summary>
        Target,

        /// <summary><c>Activator.CreateInstance(typeof(Budget), args)</c>: the type, when constructor arguments are given.</summary>
        Construct,

        /// <summary>The parameters of the handler given to it (<c>app.MapPost("/funds", (Fund fund) => …)</c>).</summary>
        Handler,
    }

    // generic types of known libraries whose type arguments are filled wherever the type is named
    private static readonly (string Name, string Namespace)[] FillingTypes =
    [
        ("DbSet", "Microsoft.EntityFrameworkCore"), ("IOptions", "Microsoft.Extensions.Options"),
        ("IOptionsMonitor", "Microsoft.Extensions.Options"), ("IOptionsSnapshot", "Microsoft.Extensions.Options"),
    ];

    // attributes of a web framework's model binding: the type of the parameter they mark is filled, and so is the type
    // that declares a property they mark
    private static readonly (string Name, string Namespace)[] BindingAttributes =
    [
        ("FromBody", "Microsoft.AspNetCore"), ("FromForm", "Microsoft.AspNetCore"), ("FromQuery", "Microsoft.AspNetCore"),
        ("FromRoute", "Microsoft.AspNetCore"), ("FromHeader", "Microsoft.AspNetCore"), ("AsParameters", "Microsoft.AspNetCore"),
        ("BindProperty", "Microsoft.AspNetCore"), ("BindProperties", "Microsoft.AspNetCore"), ("ModelBinder", "Microsoft.AspNetCore"),
    ];

    private readonly object _filledLock = new();
    private FilledTypes? _filled;

    /// <summary>Whether instances of the type may be filled by a deserializer, a binder, a mapper or reflection.</summary>
    private bool MayBeFilled(INamedTypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return false;
        }

        var filled = Filled(cancellationToken);
        return filled.Any || filled.Types.Contains(type.OriginalDefinition);
    }

    /// <summary>Whether a field, or a property that holds a value (not a computed one), may be filled: an instance member of
    /// a type <see cref="MayBeFilled"/>, or a static member of a type whose static members reflection writes.</summary>
    private bool MayBeFilledMember(ISymbol member, CancellationToken cancellationToken)
    {
        if (!(member is IFieldSymbol || member is IPropertySymbol property && IsStored(property, cancellationToken)))
        {
            return false;
        }

        if (!member.IsStatic)
        {
            return MayBeFilled(member.ContainingType, cancellationToken);
        }

        var filled = Filled(cancellationToken);
        return filled.AnyStatic || member.ContainingType is { } type && filled.Statics.Contains(type.OriginalDefinition);
    }

    private FilledTypes Filled(CancellationToken cancellationToken)
    {
        var filled = Volatile.Read(ref _filled);
        if (filled is null)
        {
            lock (_filledLock)
            {
                filled = _filled;
                if (filled is null)
                {
                    filled = FindFilled(cancellationToken);
                    Volatile.Write(ref _filled, filled);
                }
            }
        }

        return filled;
    }

    private FilledTypes FindFilled(CancellationToken cancellationToken)
    {
        var filled = new FilledTypes();
        var pending = new List<ITypeParameterSymbol>();
        foreach (var name in FillingMethods)
        {
            foreach (var token in _search.Identifiers(name, _search.EveryTree, cancellationToken))
            {
                if (CallNamed(token) is not { } call
                    || _search.ModelOf(call.SyntaxTree).GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
                {
                    // a method group: lines.Select(JsonConvert.DeserializeObject<Fund>)
                    if (token.Parent is SimpleNameSyntax named
                        && _search.ModelOf(named.SyntaxTree).GetOperation(named.Parent is MemberAccessExpressionSyntax access && access.Name == named ? access : named, cancellationToken)
                            is IMethodReferenceOperation group)
                    {
                        foreach (var argument in group.Method.TypeArguments)
                        {
                            Add(argument, filled, pending);
                        }
                    }

                    continue;
                }

                AddFilledBy(invocation, filled, pending, runtimeType: true);
            }
        }

        foreach (var (name, space, kind) in LibraryFillingMethods)
        {
            foreach (var token in _search.Identifiers(name, _search.EveryTree, cancellationToken))
            {
                var model = _search.ModelOf(token.SyntaxTree!);
                if (CallNamed(token) is { } call && model.GetOperation(call, cancellationToken) is IInvocationOperation invocation)
                {
                    if (!IsIn(invocation.TargetMethod.ContainingType, space))
                    {
                        continue;
                    }

                    switch (kind)
                    {
                        case FillKind.Types:
                            AddFilledBy(invocation, filled, pending, runtimeType: false);
                            continue;
                        case FillKind.Target:
                            AddFilledBy(invocation, filled, pending, runtimeType: false);
                            AddTarget(invocation, filled, pending);
                            continue;
                        case FillKind.Construct:
                            AddConstructed(invocation, filled, pending);
                            continue;
                    }

                    // app.MapPost("/funds", (Fund fund) => …): the framework binds the handler's parameters
                    foreach (var argument in invocation.Arguments)
                    {
                        var method = argument.Value.SkipConversions() switch
                        {
                            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Symbol,
                            IDelegateCreationOperation { Target: IMethodReferenceOperation group } => group.Method,
                            IAnonymousFunctionOperation lambda => lambda.Symbol,
                            IMethodReferenceOperation group => group.Method,
                            _ => null,
                        };
                        foreach (var parameter in method?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
                        {
                            AddBound(parameter, filled, pending);
                        }
                    }
                }
                else if (kind == FillKind.Types && token.Parent is SimpleNameSyntax named
                    && model.GetOperation(named.Parent is MemberAccessExpressionSyntax access && access.Name == named ? access : named, cancellationToken)
                        is IMethodReferenceOperation group && IsIn(group.Method.ContainingType, space))
                {
                    foreach (var argument in group.Method.TypeArguments)
                    {
                        Add(argument, filled, pending);
                    }
                }
            }
        }

        foreach (var (name, space) in FillingTypes)
        {
            foreach (var token in _search.Identifiers(name, _search.EveryTree, cancellationToken))
            {
                if (token.Parent is GenericNameSyntax generic
                    && _search.ModelOf(generic.SyntaxTree).GetSymbolInfo(generic, cancellationToken).Symbol is INamedTypeSymbol named
                    && IsIn(named, space))
                {
                    foreach (var argument in named.TypeArguments)
                    {
                        Add(argument, filled, pending);
                    }
                }
            }
        }

        foreach (var (name, space) in BindingAttributes)
        {
            foreach (var spelled in new[] { name, name + "Attribute" })
            {
                foreach (var token in _search.Identifiers(spelled, _search.EveryTree, cancellationToken))
                {
                    var attribute = token.Parent?.FirstAncestorOrSelf<AttributeSyntax>();
                    if (attribute?.Parent?.Parent is not { } target)
                    {
                        continue;
                    }

                    var model = _search.ModelOf(attribute.SyntaxTree);
                    if (model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType is not { } attributeType || !IsIn(attributeType, space))
                    {
                        continue;
                    }

                    var marked = model.GetDeclaredSymbol(target, cancellationToken);
                    Add(marked switch
                    {
                        IParameterSymbol parameter => parameter.Type,
                        IPropertySymbol property => property.ContainingType,
                        INamedTypeSymbol type => type,
                        _ => null,
                    }, filled, pending);
                }
            }
        }

        var types = OwnTypes(cancellationToken);
        AddHandlers(types, filled);

        // a generic helper around the call (T Load<T>(string path) => JsonSerializer.Deserialize<T>(…)): its calls' type
        // arguments, one level deep
        foreach (var parameter in pending)
        {
            // a call may reach the helper through an interface or a base method, or bind to a partial method's other part
            if (filled.Any || parameter.DeclaringMethod is not { } method || !_search.IsOwn(method) || method.IsVirtual || method.IsAbstract
                || method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty || method.PartialDefinitionPart is not null
                || method.PartialImplementationPart is not null || ImplementsInterfaceMethod(method))
            {
                filled.Any = true;
                break;
            }

            foreach (var token in _search.Identifiers(method.Name, _search.EveryTree, cancellationToken))
            {
                if (CallNamed(token) is { } call
                    && _search.ModelOf(call.SyntaxTree).GetOperation(call, cancellationToken) is IInvocationOperation invocation
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition))
                {
                    var given = invocation.TargetMethod.TypeArguments[parameter.Ordinal];
                    if (given is ITypeParameterSymbol)
                    {
                        filled.Any = true;
                        break;
                    }

                    Add(given, filled, null);
                }
            }
        }

        AddDerived(types, filled);
        return filled;
    }

    /// <summary>Adds what a filling call names: its type arguments, a <c>typeof</c> argument, its arguments' types and the
    /// types its result is cast to.</summary>
    private void AddFilledBy(IInvocationOperation invocation, FilledTypes filled, List<ITypeParameterSymbol> pending, bool runtimeType)
    {
        foreach (var argument in invocation.TargetMethod.TypeArguments)
        {
            Add(argument, filled, pending);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is ITypeOfOperation typeOf)
            {
                Add(typeOf.TypeOperand, filled, pending);
            }
            else if (runtimeType)
            {
                var type = argument.Value.SkipConversions()?.Type;
                if (IsSystemType(type))
                {
                    // Deserialize(json, type): a type chosen at run time
                    filled.Any = true;
                }

                Add(type, filled, pending);
            }
        }

        // (Fund)serializer.Deserialize(reader), … as Fund
        for (IOperation? outer = invocation.Parent; outer is IConversionOperation or IAwaitOperation; outer = outer.Parent)
        {
            Add(outer.Type, filled, pending);
        }
    }

    private static bool IsSystemType(ITypeSymbol? type) =>
        type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// Adds the type of the object a reflection setter or a populating serializer writes: <c>property.SetValue(fund, …)</c>
    /// fills <c>Fund</c>. A target typed <c>object</c> (or another assembly's type) is the type named by <c>typeof</c> where
    /// the property or field was looked up (<c>typeof(Fund).GetProperty(…)!.SetValue(target, …)</c>), else any type; a
    /// <c>null</c> target is a static member, of the type named by <c>typeof</c>, else of any type.
    /// </summary>
    private void AddTarget(IInvocationOperation invocation, FilledTypes filled, List<ITypeParameterSymbol> pending)
    {
        var target = invocation.TargetMethod.Name == "SetValue" ? ArgumentNamed(invocation, "obj") : ArgumentNamed(invocation, "target");
        if (target is null)
        {
            return;
        }

        var looked = TypeOfInChain(invocation.Instance);
        if (target.SkipConversions() is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
        {
            if (looked is INamedTypeSymbol named && _search.IsOwn(named.OriginalDefinition))
            {
                filled.Statics.Add(named.OriginalDefinition);
            }
            else
            {
                filled.AnyStatic = true;
            }

            return;
        }

        var type = target.SkipConversions()?.Type;
        if (IsOwnType(type))
        {
            Add(type, filled, pending);
        }
        else if (looked is not null && IsOwnType(looked))
        {
            Add(looked, filled, pending);
        }
        else
        {
            // property.SetValue(target, …) with a target typed object, found at run time: any type
            filled.Any = true;
        }
    }

    /// <summary>The type a <c>typeof</c> names at the start of a chain of calls (<c>typeof(Fund).GetProperty("Reserve")!.GetSetMethod()</c>), or null.</summary>
    private static ITypeSymbol? TypeOfInChain(IOperation? operation)
    {
        for (var next = operation?.SkipConversions(); next is not null; next = (next as IInvocationOperation)?.Instance?.SkipConversions())
        {
            if (next is ITypeOfOperation typeOf)
            {
                return typeOf.TypeOperand;
            }

            if (next is not IInvocationOperation)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary><c>Activator.CreateInstance(typeof(Budget), args)</c>: a constructor with arguments fills the type's constructor
    /// parameters; a type chosen at run time, any type's. Without arguments only the parameterless constructor runs.</summary>
    private void AddConstructed(IInvocationOperation invocation, FilledTypes filled, List<ITypeParameterSymbol> pending)
    {
        if (invocation.TargetMethod.ContainingType is not { Name: "Activator" } || invocation.Arguments.Length < 2
            || invocation.Arguments[1].Value is IArrayCreationOperation { DimensionSizes.Length: 1 } arguments && arguments.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
        {
            return;
        }

        var type = invocation.Arguments[0].Value;
        if (type is ITypeOfOperation typeOf)
        {
            Add(typeOf.TypeOperand, filled, pending);
        }
        else if (IsSystemType(type.SkipConversions()?.Type))
        {
            filled.Any = true;
        }
    }

    /// <summary>Adds the type of a parameter a web framework binds from the request: not a service it injects (an interface,
    /// a parameter marked <c>[FromServices]</c> or <c>[FromKeyedServices]</c>).</summary>
    private void AddBound(IParameterSymbol parameter, FilledTypes filled, List<ITypeParameterSymbol>? pending)
    {
        if (parameter.Type.TypeKind == TypeKind.Interface)
        {
            return;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "FromServicesAttribute" or "FromKeyedServicesAttribute")
            {
                return;
            }
        }

        Add(parameter.Type, filled, pending);
    }

    /// <summary>Every named type declared in the compilation's own assembly, nested ones included.</summary>
    private List<INamedTypeSymbol> OwnTypes(CancellationToken cancellationToken)
    {
        var found = new List<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_search.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = pending.Pop();
            foreach (var member in next.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol inner)
                {
                    pending.Push(inner);
                }
            }

            if (next is INamedTypeSymbol type)
            {
                found.Add(type);
            }
        }

        return found;
    }

    /// <summary>
    /// Adds the parameter types of the actions of a web framework's controllers (the public instance methods of the
    /// compilation's classes derived from <c>Microsoft.AspNetCore.Mvc.ControllerBase</c>) and of the handlers of its pages
    /// (those named <c>On…</c> of classes derived from <c>Microsoft.AspNetCore.Mvc.RazorPages.PageModel</c>): model binding
    /// fills them.
    /// </summary>
    private void AddHandlers(List<INamedTypeSymbol> types, FilledTypes filled)
    {
        var controllerBase = _search.TypeNamed("Microsoft.AspNetCore.Mvc.ControllerBase");
        var pageModel = _search.TypeNamed("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
        if (controllerBase is null && pageModel is null)
        {
            return;
        }

        foreach (var type in types)
        {
            bool controller = controllerBase is not null && DerivesFrom(type, controllerBase);
            if (type.TypeKind != TypeKind.Class || !controller && (pageModel is null || !DerivesFrom(type, pageModel)))
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } action
                    && (controller || action.Name.StartsWith("On", System.StringComparison.Ordinal)))
                {
                    foreach (var parameter in action.Parameters)
                    {
                        AddBound(parameter, filled, null);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Adds the types derived from a type that was named (or implementing an interface that was), with everything they
    /// hold: a polymorphic deserializer creates them, and a converter for an interface creates its implementations.
    /// </summary>
    private void AddDerived(List<INamedTypeSymbol> types, FilledTypes filled)
    {
        for (bool added = true; added && !filled.Any;)
        {
            added = false;
            foreach (var type in types)
            {
                if (filled.Types.Contains(type.OriginalDefinition) || !DerivesFromNamed(type, filled))
                {
                    continue;
                }

                // a type Add does not take (one declared outside this compilation's trees) must not keep the loop going
                int before = filled.Types.Count;
                Add(type, filled, null);
                added |= filled.Types.Count > before;
            }
        }
    }

    private static bool DerivesFromNamed(INamedTypeSymbol type, FilledTypes filled)
    {
        for (var next = type.BaseType; next is not null; next = next.BaseType)
        {
            if (filled.Named.Contains(next.OriginalDefinition))
            {
                return true;
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (filled.Named.Contains(contract.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol ancestor)
    {
        for (var next = type.BaseType; next is not null; next = next.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(next.OriginalDefinition, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type is one of the compilation's own named types, or a type parameter (which the search follows to
    /// its calls).</summary>
    private bool IsOwnType(ITypeSymbol? type) =>
        type is ITypeParameterSymbol || type is INamedTypeSymbol named && _search.IsOwn(named.OriginalDefinition);

    /// <summary>Whether a type is declared in the namespace or in one nested in it.</summary>
    private static bool IsIn(INamedTypeSymbol? type, string space)
    {
        var name = type?.ContainingNamespace?.ToDisplayString();
        return name is not null && name.StartsWith(space, System.StringComparison.Ordinal)
            && (name.Length == space.Length || name[space.Length] == '.');
    }

    /// <summary>Whether an interface of the method's type has a method of its name (that the method may implement).</summary>
    private static bool ImplementsInterfaceMethod(IMethodSymbol method)
    {
        foreach (var contract in method.ContainingType?.AllInterfaces ?? ImmutableArray<INamedTypeSymbol>.Empty)
        {
            if (!contract.GetMembers(method.Name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The call whose method the token names (<c>Deserialize&lt;T&gt;(…)</c>, <c>x.Deserialize(…)</c>), or null.</summary>
    private static InvocationExpressionSyntax? CallNamed(SyntaxToken token)
    {
        SyntaxNode? name = token.Parent;
        if (name is not SimpleNameSyntax)
        {
            return null;
        }

        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name || name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name)
        {
            name = name.Parent;
        }

        return name.Parent is InvocationExpressionSyntax invocation && invocation.Expression == name ? invocation : null;
    }

    /// <summary>Adds a type, with every type its members, elements, type arguments and base types hold.</summary>
    private void Add(ITypeSymbol? type, FilledTypes filled, List<ITypeParameterSymbol>? pending)
    {
        // each type with whether it was reached only as a base type (whose other derived types are not filled)
        var stack = new Stack<(ITypeSymbol Type, bool AsBase)>();
        if (type is not null)
        {
            stack.Push((type, false));
        }

        while (stack.Count > 0)
        {
            var (next, asBase) = stack.Pop();
            switch (next)
            {
                case IArrayTypeSymbol array:
                    stack.Push((array.ElementType, false));
                    break;
                case ITypeParameterSymbol parameter:
                    if (pending is null || parameter.DeclaringMethod is null)
                    {
                        filled.Any = true;
                    }
                    else if (!pending.Contains(parameter))
                    {
                        pending.Add(parameter);
                    }

                    break;
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        stack.Push((argument, false));
                    }

                    var definition = named.OriginalDefinition;
                    if (!_search.IsOwn(definition))
                    {
                        break;
                    }

                    if (!asBase)
                    {
                        filled.Named.Add(definition);
                    }

                    if (!filled.Types.Add(definition))
                    {
                        break;
                    }

                    if (named.BaseType is { } baseType)
                    {
                        stack.Push((baseType, true));
                    }

                    foreach (var member in named.GetMembers())
                    {
                        if (member.IsStatic)
                        {
                            continue;
                        }

                        if (member is IFieldSymbol field)
                        {
                            stack.Push((field.Type, false));
                        }
                        else if (member is IPropertySymbol property)
                        {
                            stack.Push((property.Type, false));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The types a deserializer or binder may fill; <see cref="Any"/> when that cannot be bounded.</summary>
    private sealed class FilledTypes
    {
        /// <summary>Every type whose members may be filled: the types named, their base types, and the types derived from
        /// them or implementing them.</summary>
        public HashSet<INamedTypeSymbol> Types { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The types named by a filling call, a member or an element (not only as a base type): a deserializer may
        /// create any type derived from them or implementing them.</summary>
        public HashSet<INamedTypeSymbol> Named { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The types whose static fields and properties reflection writes.</summary>
        public HashSet<INamedTypeSymbol> Statics { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Whether reflection writes static members of types it cannot name.</summary>
        public bool AnyStatic { get; set; }

        public bool Any { get; set; }
    }
}
