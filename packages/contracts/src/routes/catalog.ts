import { z } from 'zod';
import {
  CreateRoom,
  Location,
  Provider,
  Room,
  UpdateVisitType,
  VisitType,
  VisitTypesQuery,
} from '../catalog';
import { endpoint, IdParam } from './endpoint';

/** The catalog endpoints. */
export const CATALOG_API = {
  locations: endpoint({
    method: 'GET',
    path: '/api/locations',
    summary: 'Clinic locations',
    tag: 'catalog',
    auth: 'user',
    response: z.array(Location),
  }),

  visitTypes: endpoint({
    method: 'GET',
    path: '/api/visit-types',
    summary: 'Bookable visit types (given a patient, those the patient may have)',
    tag: 'catalog',
    auth: 'user',
    query: VisitTypesQuery,
    response: z.array(VisitType),
  }),

  updateVisitType: endpoint({
    method: 'PUT',
    path: '/api/visit-types/:id',
    summary: 'Change a visit type and its booking rules (admin)',
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
    body: UpdateVisitType,
    response: VisitType,
  }),

  listRooms: endpoint({
    method: 'GET',
    path: '/api/locations/:id/rooms',
    summary: "A location's treatment rooms (a visit needs a free one)",
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
    response: z.array(Room),
  }),

  addRoom: endpoint({
    method: 'POST',
    path: '/api/locations/:id/rooms',
    summary: 'Add a treatment room (admin)',
    tag: 'catalog',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: CreateRoom,
    response: Room,
  }),

  providers: endpoint({
    method: 'GET',
    path: '/api/providers',
    summary: 'Physicians and residents',
    tag: 'catalog',
    auth: 'user',
    response: z.array(Provider),
  }),
} as const;
