// Collections: named sets of articles.
import {
  addToCollection,
  createCollection,
  deleteCollection,
  getCollection,
  listCollections,
  removeFromCollection,
  renameCollection
} from '../../../core/collections'
import type { PartialHandlers } from '../handler-types'

export const collectionHandlers: PartialHandlers = {
  listCollections: (_input, { archive }) => listCollections(archive),
  createCollection: ({ name }, { archive }) => createCollection(archive, name),
  renameCollection: ({ id, name }, { archive }) => renameCollection(archive, id, name),
  deleteCollection: ({ id }, { archive }) => {
    deleteCollection(archive, id)
    return { deleted: true }
  },
  addToCollection: ({ collectionId, articleIds }, { archive }) => {
    addToCollection(archive, collectionId, articleIds)
    return getCollection(archive, collectionId)
  },
  removeFromCollection: ({ collectionId, articleIds }, { archive }) => {
    removeFromCollection(archive, collectionId, articleIds)
    return getCollection(archive, collectionId)
  }
}
