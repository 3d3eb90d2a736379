using System;
using System.Globalization;

namespace AiRace.Core.Tests;

/// <summary>Sets the current culture (and UI culture) for the lifetime of a using block.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    public CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>The cultures every culture-sensitive test runs under.</summary>
    public static TheoryData<string> Cultures => new() { "tr-TR", "de-DE", "fr-FR", "zh-CN", "ar-SA", "en-US", "" };

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
