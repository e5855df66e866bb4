using System.Text;

namespace Coinwire.App.Cli;

/// <summary>Reads command inputs with one-line errors for missing, unreadable, huge or non-UTF-8 files.</summary>
public static class InputFiles
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxTextBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes.</summary>
    /// <exception cref="CliException">Missing, a directory, unreadable or too large.</exception>
    public static byte[] ReadBytes(string path, long maxBytes = MaxTextBytes)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file");
        }
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: file not found");
        }
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new CliException($"{path}: file is too large ({length:N0} bytes; the limit is {maxBytes:N0})");
        }
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read: {e.Message}");
        }
    }

    /// <summary>The file as UTF-8 text; a BOM is kept as U+FEFF so validators can report it.</summary>
    /// <exception cref="CliException">As <see cref="ReadBytes"/>, or when the bytes are not UTF-8.</exception>
    public static string ReadUtf8(string path)
    {
        var bytes = ReadBytes(path);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CliException($"{path}: not UTF-8 text (invalid byte at offset {e.Index})");
        }
    }
}
