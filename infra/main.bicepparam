// Parameters for a plain `az deployment group create`; azd uses main.parameters.json instead.
// It reads the environment variables azd would set, with defaults, so both routes can target one environment.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'factapi')

// location is left to its default: the region of the resource group (az group create --location).

// Your object id (az ad signed-in-user show --query id -o tsv) grants you data access for local tools; empty skips it.
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
