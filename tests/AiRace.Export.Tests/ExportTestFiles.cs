using System.Globalization;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;

namespace AiRace.Export.Tests;

/// <summary>What the export tests share: a table's Parquet round trip in memory, a Parquet file in a test's folder for
/// an outside reader, and a culture set for a block (the current culture and UI culture, restored after).</summary>
internal static class ExportTestFiles
{
    /// <summary>The table written to Parquet in memory and read back.</summary>
    public static async Task<ResultTable> ParquetRoundTrip(ResultTable table)
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(table, stream);
        stream.Position = 0;
        return await ParquetExport.ReadAsync(stream);
    }

    /// <summary>The table written to a new Parquet file in <paramref name="folder"/>; returns the file's path.</summary>
    public static async Task<string> ParquetFile(ResultTable table, string folder)
    {
        string file = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".parquet");
        await using (FileStream stream = File.Create(file))
        {
            await ParquetExport.WriteAsync(table, stream);
        }

        return file;
    }
}

/// <summary>Sets the current culture and UI culture until disposed.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _ui;
    }
}
