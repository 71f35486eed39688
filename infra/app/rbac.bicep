// The data-plane roles one principal needs to run FactApi: storage through Entra ID, telemetry through Entra ID.

@description('Object id of the principal that receives the roles.')
param principalId string

@description('A value fixed before deployment that identifies the principal (for example the identity\'s resource id); seeds the assignment names, so What-If can predict them.')
param principalKey string

@description('Kind of principal; stating it for a new identity avoids a failed assignment while it replicates. Omit it when unknown.')
@allowed([
  'ServicePrincipal'
  'User'
  'Group'
])
param principalType string?

@description('Storage account the roles apply to.')
param storageAccountName string

@description('Application Insights component the publisher role applies to.')
param applicationInsightsName string

// Built-in roles, by their fixed ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
// Storage Blob Data Owner.
resource storageBlobDataOwner 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
}

// Storage Table Data Contributor.
resource storageTableDataContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

// Storage Queue Data Contributor.
resource storageQueueDataContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
}

// Monitoring Metrics Publisher.
resource monitoringMetricsPublisher 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// The account created by storage.bicep.
resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

// The component created by monitoring.bicep.
resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Blob owner, not contributor: the host takes leases and keeps its secrets and timer state in blobs.
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, principalKey, storageBlobDataOwner.id)
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: storageBlobDataOwner.id
  }
}

// FactApi reads and writes its facts in tables.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, principalKey, storageTableDataContributor.id)
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: storageTableDataContributor.id
  }
}

// Ingestion work travels through storage queues.
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, principalKey, storageQueueDataContributor.id)
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: storageQueueDataContributor.id
  }
}

// With local auth off, Application Insights accepts telemetry only from this role.
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: applicationInsights
  name: guid(applicationInsights.id, principalKey, monitoringMetricsPublisher.id)
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: monitoringMetricsPublisher.id
  }
}
