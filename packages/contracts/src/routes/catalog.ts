import { z } from 'zod';
import {
  CatalogListQuery,
  CreateRoom,
  Location,
  LocationInput,
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
    summary: 'Clinic locations in use (an admin may ask for retired ones too)',
    tag: 'catalog',
    auth: 'user',
    query: CatalogListQuery,
    response: z.array(Location),
  }),

  createLocation: endpoint({
    method: 'POST',
    path: '/api/locations',
    summary: 'Open a location (admin): name, IANA time zone, address, phone; hours are set apart',
    tag: 'catalog',
    auth: 'user',
    status: 201,
    body: LocationInput,
    response: Location,
  }),

  updateLocation: endpoint({
    method: 'PUT',
    path: '/api/locations/:id',
    summary: "Change a location's name, time zone, address or phone (admin)",
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
    body: LocationInput,
    response: Location,
  }),

  retireLocation: endpoint({
    method: 'POST',
    path: '/api/locations/:id/retire',
    summary: 'Retire a location (admin): no longer offered or bookable; its visits stay',
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
    response: Location,
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

  createVisitType: endpoint({
    method: 'POST',
    path: '/api/visit-types',
    summary: 'Add a visit type with its booking rules and eligibility (admin)',
    tag: 'catalog',
    auth: 'user',
    status: 201,
    body: UpdateVisitType,
    response: VisitType,
  }),

  retireVisitType: endpoint({
    method: 'POST',
    path: '/api/visit-types/:id/retire',
    summary: 'Retire a visit type (admin): no longer offered or bookable; its visits stay',
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
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

  renameRoom: endpoint({
    method: 'PUT',
    path: '/api/rooms/:id',
    summary: 'Rename a treatment room (admin)',
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
    body: CreateRoom,
    response: Room,
  }),

  retireRoom: endpoint({
    method: 'POST',
    path: '/api/rooms/:id/retire',
    summary: 'Retire a treatment room (admin): new visits no longer take it; its visits keep it',
    tag: 'catalog',
    auth: 'user',
    params: IdParam,
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
