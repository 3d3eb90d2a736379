namespace AiRace.Core.Data.Reading;

/// <summary>Where a value is in the document: a property or item of a parent whose path is known. The value's own path
/// (<c>$.programmes[3].headline</c>) and how a message names it (<c>"headline"</c>) are written out only when there
/// is a problem to report, so that reading a valid document builds no path strings for its values.</summary>
internal readonly struct Where
{
    private readonly string _parent;
    private readonly string? _name;
    private readonly int _index;

    private Where(string parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>The property's name, or null for an array item or a whole path.</summary>
    public string? Name => _name;

    /// <summary>The path.</summary>
    public string Path => _name is not null ? DataPath.Property(_parent, _name) : _index >= 0 ? DataPath.Index(_parent, _index) : _parent;

    public static Where Property(string parent, string name) => new(parent, name, -1);

    public static Where Item(string parent, int index) => new(parent, null, index);

    public static Where At(string path) => new(path, null, -1);

    /// <summary>How a message names the value: <c>"name"</c> for a property, else <paramref name="item"/>.</summary>
    public string What(string item) => _name is null ? item : "\"" + _name + "\"";
}
