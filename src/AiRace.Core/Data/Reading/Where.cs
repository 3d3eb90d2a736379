namespace AiRace.Core.Data.Reading;

/// <summary>Something whose path in the document is written out only when asked for (an object being read).</summary>
internal interface IPathed
{
    /// <summary>The path, such as <c>$.programmes[3]</c>.</summary>
    string Path { get; }

    /// <summary>The part of a fact the object is, named with the fact (<c>a citation of the programme "p1"</c>), or
    /// null when it is not a part of a fact or the fact's id is unknown; the problems of its values name it.</summary>
    string? Within { get; }
}

/// <summary>Where a value is in the document: a property or item of a parent whose path is known or can be written
/// out, or an item of an array that is a parent's property. The value's own path (<c>$.programmes[3].headline</c>) and
/// how a message names it (<c>"headline"</c>) are written out only when there is a problem to report, so that reading
/// a valid document builds no path strings.</summary>
internal readonly struct Where
{
    private readonly IPathed? _owner;
    private readonly string? _parent;
    private readonly string? _name;
    private readonly int _index;

    private Where(IPathed? owner, string? parent, string? name, int index)
    {
        _owner = owner;
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>The property's name, or null for an array item or a whole path.</summary>
    public string? Name => _index >= 0 ? null : _name;

    /// <summary>The path.</summary>
    public string Path
    {
        get
        {
            string path = _owner?.Path ?? _parent!;
            path = _name is null ? path : DataPath.Property(path, _name);
            return _index >= 0 ? DataPath.Index(path, _index) : path;
        }
    }

    /// <summary>The part of a fact the value is in, named with the fact, or null (see <see cref="IPathed.Within"/>).</summary>
    public string? Within => _owner?.Within;

    public static Where Property(string parent, string name) => new(null, parent, name, -1);

    /// <summary>A property of an object being read.</summary>
    public static Where Property(IPathed owner, string name) => new(owner, null, name, -1);

    /// <summary>An item of the array at <paramref name="array"/>.</summary>
    public static Where Item(Where array, int index) =>
        array._index < 0 ? new(array._owner, array._parent, array._name, index) : new(null, array.Path, null, index);

    public static Where At(string path) => new(null, path, null, -1);

    /// <summary>How a message names the value: <c>"name"</c> for a property, else <paramref name="item"/>.</summary>
    public string What(string item) => Name is null ? item : "\"" + Name + "\"";
}
