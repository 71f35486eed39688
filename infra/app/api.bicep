// The FactApi function app on a Flex Consumption plan, running as its user-assigned identity.

@description('Function app name; also its host name.')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Region of the plan and the app.')
param location string

@description('Tags applied to every resource; the app also gets azd-service-name.')
param tags { *: string }

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity: how the host and SDKs pick it among several.')
param identityClientId string

@description('Storage account for the host, the tables and the deployment package.')
param storageAccountName string

@description('Endpoints of that account, from the storage module.')
param storageEndpoints {
  blob: string
  queue: string
  table: string
}

@description('Blob container that holds the app package.')
param deploymentContainerName string

@description('Application Insights connection string (not a secret: ingestion needs the identity).')
param applicationInsightsConnectionString string

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on scale-out; caps the bill under a traffic spike.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

// Flex Consumption: pay per execution, scales to zero when idle.
resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// The app; on Flex the runtime and the package source live in functionAppConfig, not in app settings.
resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }
}

// Every setting the app reads, as a plain object so a reader (and the infra tests) see each name and value.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    // Identity-based host storage: the account's name and the identity, never a connection string with a key.
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // Endpoints taken from the account itself keep the app right in clouds other than the public one.
    AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: storageEndpoints.table
    // Telemetry is accepted only with an Entra ID token of this identity (local auth is off).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // FactApi's own settings with production values (local.settings.example.json has the local ones).
    FactApi__TablePrefix: 'factapi'
    FactApi__RefreshSchedule: '0 */30 * * * *'
    FactApi__RefreshOnStart: 'false'
    FactApi__AllowPrivateNetworkSources: 'false'
    FactApi__HealthTimeoutSeconds: '2'
    FactApi__RequireKeys: 'true'
    FactApi__SourcesManifest: 'curated/sources.json'
    FactApi__RefreshQueue: 'factapi-refresh'
  }
}

// No FTP publishing credentials: deployments go through Entra ID.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

// No SCM (Kudu) publishing credentials either.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output uri string = 'https://${functionApp.properties.defaultHostName}'
