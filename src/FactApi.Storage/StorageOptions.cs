using System.ComponentModel.DataAnnotations;

namespace FactApi.Storage;

/// <summary>Settings under <c>FactApi</c> that shape how FactApi uses its storage account.</summary>
public sealed class StorageOptions
{
    public const string Section = "FactApi";

    /// <summary>
    /// Prefix of every table FactApi creates. Tests give each class its own prefix, so they never share tables;
    /// two deployments can share one account the same way.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,39}$", ErrorMessage = "FactApi:TablePrefix must start with a letter and hold 1-40 letters or digits (Table Storage name rules).")]
    public string TablePrefix { get; set; } = "factapi";

    /// <summary>How long the health probe waits for its table round trip.</summary>
    [Range(1, 60, ErrorMessage = "FactApi:HealthTimeoutSeconds must be between 1 and 60.")]
    public int HealthTimeoutSeconds { get; set; } = 2;
}
