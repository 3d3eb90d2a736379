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

    // methods of known libraries, matched by name and by the namespace of the type that declares them: their type arguments
    // and arguments' types are filled (configuration, options, Json.NET's tokens, data contracts, CSV readers, Dapper,
    // Entity Framework Core); a web framework's endpoint methods fill the parameters of the handler they are given
    private static readonly (string Name, string Namespace, bool Handler)[] LibraryFillingMethods =
    [
        ("Get", "Microsoft.Extensions.Configuration", false), ("GetValue", "Microsoft.Extensions.Configuration", false),
        ("Configure", "Microsoft.Extensions.DependencyInjection", false), ("PostConfigure", "Microsoft.Extensions.DependencyInjection", false),
        ("AddOptions", "Microsoft.Extensions.DependencyInjection", false), ("AddOptionsWithValidateOnStart", "Microsoft.Extensions.DependencyInjection", false),
        ("ToObject", "Newtonsoft.Json", false), ("Populate", "Newtonsoft.Json", false), ("GetValue", "System.Text.Json", false),
        ("ReadObject", "System.Runtime.Serialization", false),
        ("GetRecord", "CsvHelper", false), ("GetRecords", "CsvHelper", false), ("GetRecordsAsync", "CsvHelper", false),
        ("Query", "Dapper", false), ("QueryAsync", "Dapper", false), ("QueryUnbufferedAsync", "Dapper", false),
        ("QueryFirst", "Dapper", false), ("QueryFirstAsync", "Dapper", false), ("QueryFirstOrDefault", "Dapper", false), ("QueryFirstOrDefaultAsync", "Dapper", false),
        ("QuerySingle", "Dapper", false), ("QuerySingleAsync", "Dapper", false), ("QuerySingleOrDefault", "Dapper", false), ("QuerySingleOrDefaultAsync", "Dapper", false),
        ("Read", "Dapper", false), ("ReadAsync", "Dapper", false), ("ReadFirst", "Dapper", false), ("ReadFirstAsync", "Dapper", false),
        ("ReadFirstOrDefault", "Dapper", false), ("ReadFirstOrDefaultAsync", "Dapper", false), ("ReadSingle", "Dapper", false), ("ReadSingleAsync", "Dapper", false),
        ("ReadSingleOrDefault", "Dapper", false), ("ReadSingleOrDefaultAsync", "Dapper", false),
        ("SetValue", "System.Reflection", false), ("CreateDelegate", "System.Reflection", false), ("CreateInstance", "System", false),
        ("Parameter", "System.Linq.Expressions", false),
        ("Set", "Microsoft.EntityFrameworkCore", false), ("Entity", "Microsoft.EntityFrameworkCore", false),
        ("SqlQuery", "Microsoft.EntityFrameworkCore", false), ("SqlQueryRaw", "Microsoft.EntityFrameworkCore", false),
        ("Map", "Microsoft.AspNetCore", true), ("MapGet", "Microsoft.AspNetCore", true), ("MapPost", "Microsoft.AspNetCore", true),
        ("MapPut", "Microsoft.AspNetCore", true), ("MapPatch", "Microsoft.AspNetCore", true), ("MapDelete", "Microsoft.AspNetCore", true),
        ("MapMethods", "Microsoft.AspNetCore", true), ("MapFallback", "Microsoft.AspNetCore", true),
    ];

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
        ("BindProperty", "Microsoft.AspNetCore"), ("ModelBinder", "Microsoft.AspNetCore"),
    ];

    private readonly object _filledLock = new();
    private FilledTypes? _filled;

    /// <summary>Whether instances of the type (or of a type derived from it) may be filled by a deserializer or a binder.</summary>
    private bool MayBeFilled(INamedTypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return false;
        }

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

        if (filled.Any)
        {
            return true;
        }

        // a polymorphic deserializer creates the derived types of the type it is given, and a converter for an
        // interface creates types that implement it
        if (filled.Types.Contains(type.OriginalDefinition))
        {
            return true;
        }

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

    /// <summary>Whether a field, or a property that holds a value (not a computed one), is an instance member of a type a
    /// deserializer or binder may fill.</summary>
    private bool MayBeFilledMember(ISymbol member, CancellationToken cancellationToken) =>
        !member.IsStatic && (member is IFieldSymbol || member is IPropertySymbol property && IsStored(property, cancellationToken))
        && MayBeFilled(member.ContainingType, cancellationToken);

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

                AddFilledBy(invocation, filled, pending);
            }
        }

        foreach (var (name, space, handler) in LibraryFillingMethods)
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

                    if (!handler)
                    {
                        AddFilledBy(invocation, filled, pending);
                        if (name == "SetValue" && invocation.Arguments.Length > 0 && !IsOwnType(invocation.Arguments[0].Value.SkipConversions()?.Type))
                        {
                            // property.SetValue(target, …) with a target typed object (or another assembly's type): any type
                            filled.Any = true;
                        }

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
                            Add(parameter.Type, filled, pending);
                        }
                    }
                }
                else if (!handler && token.Parent is SimpleNameSyntax named
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

        AddControllerActions(filled, pending, cancellationToken);

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

        return filled;
    }

    /// <summary>Adds what a filling call names: its type arguments, a <c>typeof</c> argument, its arguments' types and the
    /// types its result is cast to.</summary>
    private void AddFilledBy(IInvocationOperation invocation, FilledTypes filled, List<ITypeParameterSymbol> pending)
    {
        foreach (var argument in invocation.TargetMethod.TypeArguments)
        {
            Add(argument, filled, pending);
        }

        foreach (var argument in invocation.Arguments)
        {
            var type = argument.Value is ITypeOfOperation typeOf ? typeOf.TypeOperand : argument.Value.SkipConversions()?.Type;
            if (argument.Value is not ITypeOfOperation && type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                // Deserialize(json, type): a type chosen at run time
                filled.Any = true;
            }

            Add(type, filled, pending);
        }

        // (Fund)serializer.Deserialize(reader), … as Fund
        for (IOperation? outer = invocation.Parent; outer is IConversionOperation or IAwaitOperation; outer = outer.Parent)
        {
            Add(outer.Type, filled, pending);
        }
    }

    /// <summary>
    /// Adds the parameter types of the actions of a web framework's controllers (the public instance methods of the
    /// compilation's types derived from <c>Microsoft.AspNetCore.Mvc.ControllerBase</c>): model binding fills them.
    /// </summary>
    private void AddControllerActions(FilledTypes filled, List<ITypeParameterSymbol> pending, CancellationToken cancellationToken)
    {
        if (_search.TypeNamed("Microsoft.AspNetCore.Mvc.ControllerBase") is not { } controllerBase)
        {
            return;
        }

        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(_search.Assembly.GlobalNamespace);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = types.Pop();
            foreach (var member in next.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol inner)
                {
                    types.Push(inner);
                }
            }

            if (next is not INamedTypeSymbol { TypeKind: TypeKind.Class } type || !DerivesFrom(type, controllerBase))
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } action)
                {
                    foreach (var parameter in action.Parameters)
                    {
                        Add(parameter.Type, filled, pending);
                    }
                }
            }
        }
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
        /// <summary>Every type whose members may be filled: the types named, and their base types.</summary>
        public HashSet<INamedTypeSymbol> Types { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The types named by a filling call, a member or an element (not only as a base type): a deserializer may
        /// create any type derived from them or implementing them.</summary>
        public HashSet<INamedTypeSymbol> Named { get; } = new(SymbolEqualityComparer.Default);

        public bool Any { get; set; }
    }
}
