// FactApi in one resource group: storage, identity, monitoring and a Flex Consumption function app.
// Deployed by `azd up` (main.parameters.json) or `az deployment group create` (main.bicepparam).
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Environment name (azd: AZURE_ENV_NAME); seeds the names and tags every resource.')
param environmentName string

@description('Region for every resource; Flex Consumption is available in a subset of regions.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = resourceGroup().location

@description('Object id of the deploying user (or CI service principal), granted the same data roles for local tools; empty skips it.')
param principalId string = ''

@description('Memory of each function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on function app instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
// Same inputs, same names: redeploying an environment updates it in place.
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}factapi-${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
var applicationInsightsName = '${abbrs.insightsComponents}${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'

// The identity the app runs as; its roles are granted below, so no key or connection secret exists.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
  location: location
  tags: tags
}

// Storage account and the deployment package container.
module storage 'app/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

// Log Analytics and Application Insights.
module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

// The app identity's data roles on storage and Application Insights.
module appRoles 'app/rbac.bicep' = {
  name: 'app-roles'
  params: {
    principalId: identity.properties.principalId
    principalKey: identity.id
    principalType: 'ServicePrincipal'
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
  }
  // Names known up front (rather than module outputs) keep What-If precise, so the order is stated here.
  dependsOn: [
    storage
    monitoring
  ]
}

// The same roles for whoever deploys, so the CLI and local runs can reach the real account.
module userRoles 'app/rbac.bicep' = if (!empty(principalId)) {
  name: 'user-roles'
  params: {
    principalId: principalId
    principalKey: principalId
    // No principal type: azd sets AZURE_PRINCIPAL_ID to a user, or to a service principal in CI.
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
  }
  dependsOn: [
    storage
    monitoring
  ]
}

// The plan and the function app.
module api 'app/api.bicep' = {
  name: 'api'
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.name
    storageEndpoints: {
      blob: storage.outputs.blobEndpoint
      queue: storage.outputs.queueEndpoint
      table: storage.outputs.tableEndpoint
    }
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // The app starts by reaching storage as its identity; without its roles the first start fails.
  dependsOn: [
    appRoles
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_FUNCTION_APP_URL string = api.outputs.uri
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
